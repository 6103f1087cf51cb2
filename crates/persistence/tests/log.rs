//! The event log: append, load, optimistic concurrency, idempotent retries, snapshots and
//! recovery. One body per behaviour, run on every backend.

#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a failed unwrap here is a failed test or benchmark, not a crashed server"
)]

mod common;

use common::{Toy, ToyEvent, game, toy_events};
use persistence::{
    Appended, Batch, EventAppender, EventReader, GameId, GameRepository, PendingAppend, StoreError,
    load_log, rebuild, rebuild_from_snapshot,
};

trait Store: EventReader + EventAppender + GameRepository + Clone + 'static {}
impl<T: EventReader + EventAppender + GameRepository + Clone + 'static> Store for T {}

fn batch(events: &[ToyEvent]) -> Batch {
    Batch::of(events).unwrap()
}

on_every_backend!(
    append_then_load,
    stale_writer_gets_conflict,
    retry_returns_original,
    concurrent_writers_never_gap,
    bad_batches_are_refused,
    snapshots_keep_the_latest,
    rebuild_replays_the_log,
    replay_errors_name_the_event,
    group_commit_isolates_each_batch,
    group_commit_answers_retries,
    racing_groups_never_gap,
);

async fn append_then_load(store: impl Store) {
    let id = game(&store).await;
    let events = toy_events(5);
    let first = store
        .append(id, 0, &batch(&events[..2]).with_actor("user:1"))
        .await
        .unwrap();
    assert_eq!(
        first,
        Appended {
            first: 1,
            last: 2,
            duplicate: false
        }
    );
    let second = store
        .append(id, 2, &batch(&events[2..]).with_command("c-2"))
        .await
        .unwrap();
    assert_eq!(second.numbers(), 3..=5);
    assert_eq!(store.last_event_no(id).await.unwrap(), 5);
    assert_eq!(store.game(id).await.unwrap().unwrap().last_event_no, 5);

    let log = store.load_events(id, 1).await.unwrap();
    let numbers: Vec<u64> = log.iter().map(|e| e.event_no).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5]);
    let decoded: Vec<ToyEvent> = log.iter().map(|e| e.decode().unwrap()).collect();
    assert_eq!(decoded, events);
    assert_eq!(log[0].actor.as_deref(), Some("user:1"));
    assert_eq!(log[1].batch_first_no, 1);
    assert_eq!(log[4].batch_first_no, 3);
    assert_eq!(log[2].command_id.as_deref(), Some("c-2"));
    assert_eq!(
        log[3].command_id, None,
        "the command id sits on the batch's first event"
    );
    assert_eq!((log[0].kind.as_str(), log[0].version), ("scored", 1));

    let tail = store.load_events(id, 4).await.unwrap();
    assert_eq!(tail, log[3..].to_vec());
    assert!(store.load_events(id, 6).await.unwrap().is_empty());
}

async fn stale_writer_gets_conflict(store: impl Store) {
    let id = game(&store).await;
    let events = toy_events(3);
    store.append(id, 0, &batch(&events[..2])).await.unwrap();
    for expected in [0, 1, 3, 7] {
        let err = store
            .append(id, expected, &batch(&events[2..]))
            .await
            .unwrap_err();
        assert!(
            matches!(err, StoreError::Conflict { game_id, expected: e, actual: 2 } if game_id == id && e == expected),
            "{err:?}"
        );
    }
    assert_eq!(
        store.load_events(id, 1).await.unwrap().len(),
        2,
        "nothing written"
    );
    assert_eq!(
        store
            .append(id, 2, &batch(&events[2..]))
            .await
            .unwrap()
            .numbers(),
        3..=3
    );
}

async fn retry_returns_original(store: impl Store) {
    let id = game(&store).await;
    let events = toy_events(4);
    let command = batch(&events[..3]).with_command("cmd-1").with_actor("away");
    let original = store.append(id, 0, &command).await.unwrap();
    assert_eq!(original.numbers(), 1..=3);

    // The same command again, even with a stale or fresh expected number: the original result.
    let again = store.append(id, 0, &command).await.unwrap();
    assert_eq!(
        again,
        Appended {
            duplicate: true,
            ..original
        }
    );
    store.append(id, 3, &batch(&events[3..])).await.unwrap();
    assert_eq!(
        store.append(id, 4, &command).await.unwrap().numbers(),
        1..=3
    );
    assert_eq!(
        store.last_event_no(id).await.unwrap(),
        4,
        "nothing written by retries"
    );
    assert_eq!(store.find_command(id, "cmd-1").await.unwrap(), Some(again));
    assert_eq!(store.find_command(id, "cmd-404").await.unwrap(), None);

    // The same command id with other content is refused.
    let other = batch(&events[..2]).with_command("cmd-1").with_actor("away");
    let err = store.append(id, 4, &other).await.unwrap_err();
    assert!(
        matches!(&err, StoreError::CommandMismatch { command_id, original: o, .. } if command_id == "cmd-1" && o.numbers() == (1..=3)),
        "{err:?}"
    );
    let other_actor = command.clone().with_actor("home");
    assert!(matches!(
        store.append(id, 4, &other_actor).await,
        Err(StoreError::CommandMismatch { .. })
    ));

    // Command ids are per game.
    let other_game = game(&store).await;
    assert!(
        !store
            .append(other_game, 0, &command)
            .await
            .unwrap()
            .duplicate
    );
    assert_eq!(store.last_event_no(id).await.unwrap(), 4);
}

/// Several writers race on one game: each batch lands whole or gets a conflict, and the log
/// ends contiguous with every batch exactly once.
async fn concurrent_writers_never_gap(store: impl Store) {
    let id = game(&store).await;

    // All writers expect 0: exactly one wins.
    let racers = (0..4).map(|w| {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .append(id, 0, &batch(&toy_events(2)).with_actor(format!("w{w}")))
                .await
        })
    });
    let outcomes: Vec<_> = futures_join(racers).await;
    let wins = outcomes.iter().filter(|o| o.is_ok()).count();
    assert_eq!(wins, 1, "{outcomes:?}");
    for outcome in outcomes.iter().filter_map(|o| o.as_ref().err()) {
        assert!(
            matches!(
                outcome,
                StoreError::Conflict {
                    expected: 0,
                    actual: 2,
                    ..
                }
            ),
            "{outcome:?}"
        );
    }

    // Writers that retry on conflict: every batch lands exactly once.
    let writers = (0..3u32).map(|w| {
        let store = store.clone();
        tokio::spawn(async move {
            for b in 0..8u32 {
                let events = vec![
                    ToyEvent::Marker {
                        batch: u64::from(w * 100 + b),
                        index: 0,
                        size: 2,
                    },
                    ToyEvent::Marker {
                        batch: u64::from(w * 100 + b),
                        index: 1,
                        size: 2,
                    },
                ];
                let batch = Batch::of(&events)
                    .unwrap()
                    .with_command(format!("w{w}-b{b}"));
                loop {
                    let last = store.last_event_no(id).await?;
                    match store.append(id, last, &batch).await {
                        Err(StoreError::Conflict { .. }) => continue,
                        other => {
                            other?;
                            break;
                        }
                    }
                }
            }
            Ok::<(), StoreError>(())
        })
    });
    for outcome in futures_join(writers).await {
        outcome.unwrap();
    }
    let log = store.load_events(id, 1).await.unwrap();
    assert_eq!(log.len(), 2 + 3 * 8 * 2);
    for (i, event) in log.iter().enumerate() {
        assert_eq!(event.event_no, i as u64 + 1);
    }
    for pair in log[2..].chunks(2) {
        let (a, b): (ToyEvent, ToyEvent) = (pair[0].decode().unwrap(), pair[1].decode().unwrap());
        let (
            ToyEvent::Marker {
                batch: x, index: 0, ..
            },
            ToyEvent::Marker {
                batch: y, index: 1, ..
            },
        ) = (a, b)
        else {
            panic!("batch split: {pair:?}");
        };
        assert_eq!(x, y);
    }
}

async fn futures_join<T: std::fmt::Debug>(
    handles: impl Iterator<Item = tokio::task::JoinHandle<T>>,
) -> Vec<T> {
    let mut out = Vec::new();
    for handle in handles.collect::<Vec<_>>() {
        out.push(handle.await.unwrap());
    }
    out
}

async fn bad_batches_are_refused(store: impl Store) {
    let id = game(&store).await;
    assert!(
        matches!(store.append(id, 0, &Batch::default()).await, Err(StoreError::EmptyBatch(g)) if g == id)
    );
    let missing = GameId::random();
    let events = batch(&toy_events(1));
    assert!(
        matches!(store.append(missing, 0, &events).await, Err(StoreError::GameNotFound(g)) if g == missing)
    );
    assert!(matches!(
        store
            .append(missing, 0, &events.clone().with_command("x"))
            .await,
        Err(StoreError::GameNotFound(_))
    ));
    assert!(matches!(
        store.load_events(missing, 1).await,
        Err(StoreError::GameNotFound(_))
    ));
    assert!(matches!(
        store.last_event_no(missing).await,
        Err(StoreError::GameNotFound(_))
    ));
    assert!(matches!(
        store.latest_snapshot(missing).await,
        Err(StoreError::GameNotFound(_))
    ));
    assert!(store.load_events(id, 1).await.unwrap().is_empty());
}

async fn snapshots_keep_the_latest(store: impl Store) {
    let id = game(&store).await;
    assert_eq!(store.latest_snapshot(id).await.unwrap(), None);
    store.append(id, 0, &batch(&toy_events(5))).await.unwrap();
    store
        .save_snapshot(id, 2, &serde_json::json!({ "at": 2 }))
        .await
        .unwrap();
    store
        .save_snapshot(id, 5, &serde_json::json!({ "at": 5 }))
        .await
        .unwrap();
    store
        .save_snapshot(id, 5, &serde_json::json!({ "at": "five" }))
        .await
        .unwrap();
    let latest = store.latest_snapshot(id).await.unwrap().unwrap();
    assert_eq!((latest.game_id, latest.event_no), (id, 5));
    assert_eq!(latest.state, serde_json::json!({ "at": "five" }));
    let err = store
        .save_snapshot(id, 6, &serde_json::json!({}))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::SnapshotAhead {
                event_no: 6,
                last: 5,
                ..
            }
        ),
        "{err:?}"
    );
}

async fn rebuild_replays_the_log(store: impl Store) {
    let id = game(&store).await;
    let events = toy_events(30);
    let mut live = Toy::default();
    let mut last = 0;
    for chunk in events.chunks(4) {
        last = store.append(id, last, &batch(chunk)).await.unwrap().last;
        for event in chunk {
            live.apply(event).unwrap();
        }
        if last == 12 {
            store
                .save_snapshot(id, last, &serde_json::to_value(&live).unwrap())
                .await
                .unwrap();
        }
    }
    let rebuilt = rebuild(&store, id, Toy::default, Toy::apply).await.unwrap();
    let log: Vec<ToyEvent> = load_log(&store, id, 1).await.unwrap();
    assert_eq!(log, events);
    let tail: Vec<ToyEvent> = load_log(&store, id, 13).await.unwrap();
    assert_eq!(tail, events[12..].to_vec());
    assert_eq!(rebuilt, live);
    let (from_snapshot, at) = rebuild_from_snapshot(&store, id, Toy::default, Toy::apply)
        .await
        .unwrap();
    assert_eq!((from_snapshot, at), (live, 30));

    let empty = game(&store).await;
    assert_eq!(
        rebuild(&store, empty, Toy::default, Toy::apply)
            .await
            .unwrap(),
        Toy::default()
    );
    assert_eq!(
        rebuild_from_snapshot(&store, empty, Toy::default, Toy::apply)
            .await
            .unwrap(),
        (Toy::default(), 0)
    );
}

async fn replay_errors_name_the_event(store: impl Store) {
    let id = game(&store).await;
    let outs: Vec<ToyEvent> = (0..5).map(|i| ToyEvent::Out { dice: [i, i, i] }).collect();
    store.append(id, 0, &batch(&outs)).await.unwrap();
    let err = rebuild(&store, id, Toy::default, Toy::apply)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Replay { game_id, event_no: 4, reason } if *game_id == id && reason == "a fourth out"),
        "{err:?}"
    );
    assert!(
        err.to_string().contains(&format!("game {id} event 4")),
        "{err}"
    );

    // An event of an unknown kind, or another version, is a typed error naming the event.
    let alien = persistence::NewEvent {
        kind: "mystery".into(),
        version: 1,
        payload: serde_json::json!({ "type": "mystery" }),
    };
    let future = persistence::NewEvent {
        kind: "out".into(),
        version: 2,
        payload: serde_json::json!({ "type": "out", "dice": [1, 1, 1] }),
    };
    for event in [alien, future] {
        let other = game(&store).await;
        let mut events = Batch::of(&outs[..1]).unwrap().events;
        events.push(event);
        store
            .append(
                other,
                0,
                &Batch {
                    events,
                    ..Batch::default()
                },
            )
            .await
            .unwrap();
        let err = rebuild(&store, other, Toy::default, Toy::apply)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, StoreError::CorruptEvent { game_id, event_no: 2, .. } if *game_id == other),
            "{err:?}"
        );
    }
}

async fn group_commit_isolates_each_batch(store: impl Store) {
    let (g1, g2, g3) = (game(&store).await, game(&store).await, game(&store).await);
    let events = toy_events(4);
    store.append(g2, 0, &batch(&events[..1])).await.unwrap();
    let retried = batch(&events[..1]).with_command("c");
    store.append(g3, 0, &retried).await.unwrap();
    let missing = GameId::random();
    let item = |game_id, expected_last_no, batch| PendingAppend {
        game_id,
        expected_last_no,
        batch,
    };
    let group = vec![
        item(g1, 0, batch(&events[..2])),
        item(g2, 0, batch(&events[..2])),
        item(g1, 2, batch(&events[2..3])),
        item(g3, 1, retried.clone()),
        item(g2, 1, Batch::default()),
        item(missing, 0, batch(&events[..1])),
    ];
    let outcomes = store.append_group(&group).await.unwrap();
    assert_eq!(outcomes.len(), 6);
    assert_eq!(outcomes[0].as_ref().unwrap().numbers(), 1..=2);
    assert!(
        matches!(
            outcomes[1],
            Err(StoreError::Conflict {
                expected: 0,
                actual: 1,
                ..
            })
        ),
        "{:?}",
        outcomes[1]
    );
    assert_eq!(outcomes[2].as_ref().unwrap().numbers(), 3..=3);
    assert_eq!(
        *outcomes[3].as_ref().unwrap(),
        Appended {
            first: 1,
            last: 1,
            duplicate: true
        }
    );
    assert!(matches!(outcomes[4], Err(StoreError::EmptyBatch(_))));
    assert!(matches!(outcomes[5], Err(StoreError::GameNotFound(_))));
    let lengths = [g1, g2, g3].map(|g| store.load_events(g, 1));
    let mut found = Vec::new();
    for load in lengths {
        found.push(load.await.unwrap().len());
    }
    assert_eq!(found, vec![3, 1, 1]);
    assert_eq!(store.last_event_no(g1).await.unwrap(), 3);
}

async fn group_commit_answers_retries(store: impl Store) {
    let (g1, g2) = (game(&store).await, game(&store).await);
    let events = toy_events(3);
    let y = batch(&events[..2]).with_command("y");
    store.append(g2, 0, &y).await.unwrap();
    let x = batch(&events[..1]).with_command("x");
    let item = |game_id, expected_last_no, batch| PendingAppend {
        game_id,
        expected_last_no,
        batch,
    };
    let group = vec![
        item(g1, 0, x.clone()),
        item(g1, 1, x.clone()),
        item(g2, 2, y.clone()),
        item(g2, 2, batch(&events[2..])),
        item(g1, 1, batch(&events[..1]).with_command("x")),
        item(g2, 3, batch(&events[..1]).with_command("y")),
    ];
    let outcomes = store.append_group(&group).await.unwrap();
    let dup = |first, last| Appended {
        first,
        last,
        duplicate: true,
    };
    assert_eq!(
        outcomes[0].as_ref().unwrap(),
        &Appended {
            first: 1,
            last: 1,
            duplicate: false
        }
    );
    assert_eq!(outcomes[1].as_ref().unwrap(), &dup(1, 1));
    assert_eq!(outcomes[2].as_ref().unwrap(), &dup(1, 2));
    assert_eq!(outcomes[3].as_ref().unwrap().numbers(), 3..=3);
    assert_eq!(outcomes[4].as_ref().unwrap(), &dup(1, 1));
    assert!(
        matches!(&outcomes[5], Err(StoreError::CommandMismatch { command_id, .. }) if command_id == "y"),
        "{:?}",
        outcomes[5]
    );
    assert_eq!(store.last_event_no(g1).await.unwrap(), 1);
    assert_eq!(store.last_event_no(g2).await.unwrap(), 3);
    assert_eq!(store.load_events(g2, 1).await.unwrap().len(), 3);
}

/// Group commits and single appends race on the same games: every batch reported committed is
/// in the log, whole, and the logs stay contiguous.
async fn racing_groups_never_gap(store: impl Store) {
    let games = [game(&store).await, game(&store).await, game(&store).await];
    let writers = (0..3u64).map(|w| {
        let store = store.clone();
        tokio::spawn(async move {
            let mut committed = 0;
            for round in 0..10u64 {
                let marker = |i| ToyEvent::Marker {
                    batch: w * 1000 + round,
                    index: i,
                    size: 2,
                };
                let events = [marker(0), marker(1)];
                if w == 2 {
                    let last = store.last_event_no(games[0]).await.unwrap();
                    committed +=
                        u64::from(store.append(games[0], last, &batch(&events)).await.is_ok());
                    continue;
                }
                let mut group = Vec::new();
                for &game_id in &games {
                    let expected_last_no = store.last_event_no(game_id).await.unwrap();
                    group.push(PendingAppend {
                        game_id,
                        expected_last_no,
                        batch: batch(&events),
                    });
                }
                let outcomes = store.append_group(&group).await.unwrap();
                for outcome in outcomes {
                    match outcome {
                        Ok(_) => committed += 1,
                        Err(StoreError::Conflict { .. }) => {}
                        Err(other) => panic!("{other:?}"),
                    }
                }
            }
            committed
        })
    });
    let committed: u64 = futures_join(writers).await.into_iter().sum();
    let mut total = 0;
    for game_id in games {
        let log = store.load_events(game_id, 1).await.unwrap();
        assert_eq!(
            store.last_event_no(game_id).await.unwrap(),
            log.len() as u64
        );
        for (i, pair) in log.chunks(2).enumerate() {
            assert_eq!(pair[0].event_no, 2 * i as u64 + 1);
            assert_eq!(
                pair[0].batch_first_no, pair[1].batch_first_no,
                "batch split"
            );
            assert_eq!(pair[1].event_no, pair[0].event_no + 1);
        }
        total += log.len() as u64 / 2;
    }
    assert_eq!(total, committed);
}
