//! The rules engine on the store (issue: recovery): a game played command by command with every
//! event appended as it is accepted is rebuilt from the log to the same state, on every
//! backend; a corrupt payload or a log the engine refuses is a typed error naming the event.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test: a panic is a failed test"
)]

mod common;

use engine_core::league::ResultEntry;
use engine_core::testing::{random_command, sample_setup};
use engine_core::{Event, Game, SeededDice};
use persistence::engine_game::{append_event, load_game, new_game};
use persistence::{EventAppender, EventReader, GameId, GameRepository, StoreError};

fn setup(seed: u64) -> engine_core::Setup {
    let mut league = league_config::sba().unwrap();
    league.rules.dh = seed.is_multiple_of(2);
    sample_setup(league, ResultEntry::Manual, true)
}

/// Play a whole game, appending each accepted command's event before going on (as the server
/// will: no acknowledgement before the commit).
async fn play_and_store<S: EventAppender + GameRepository>(store: &S, seed: u64) -> (GameId, Game) {
    let setup = setup(seed);
    let id = GameId::random();
    store
        .create_game(&new_game(id, &setup, 1, 2).unwrap())
        .await
        .unwrap();
    let mut game = Game::new(setup);
    let mut dice = SeededDice::new(seed);
    let mut picker = SeededDice::new(seed ^ 0x5EED);
    for n in 0..20_000u32 {
        let Some((actor, command)) = random_command(&game, &mut picker) else {
            break;
        };
        let Ok(event) = game.handle(actor, command, &mut dice) else {
            continue;
        };
        let event = event.clone();
        let appended = append_event(store, id, &event, Some(&format!("cmd-{n}")))
            .await
            .unwrap();
        assert_eq!(appended.first, event.number);
    }
    assert!(game.state().is_over());
    (id, game)
}

async fn rebuilt_game_equals_the_live_one<S: EventReader + EventAppender + GameRepository>(
    store: S,
) {
    for seed in [1, 2, 3] {
        let (id, game) = play_and_store(&store, seed).await;
        let rebuilt = load_game(&store, id).await.unwrap();
        assert_eq!(rebuilt.state(), game.state(), "seed {seed}");
        assert_eq!(rebuilt.events(), game.events());
    }
}

async fn a_retried_command_is_applied_once<S: EventReader + EventAppender + GameRepository>(
    store: S,
) {
    let setup = setup(9);
    let id = GameId::random();
    store
        .create_game(&new_game(id, &setup, 1, 2).unwrap())
        .await
        .unwrap();
    let mut game = Game::new(setup);
    let mut dice = SeededDice::new(9);
    let (actor, command) = random_command(&game, &mut SeededDice::new(1)).unwrap();
    let event: Event = game.handle(actor, command, &mut dice).unwrap().clone();
    let first = append_event(&store, id, &event, Some("c1")).await.unwrap();
    let retry = append_event(&store, id, &event, Some("c1")).await.unwrap();
    assert_eq!(first.numbers(), retry.numbers());
    assert!(retry.duplicate);
    assert_eq!(store.last_event_no(id).await.unwrap(), 1);
}

async fn a_stale_writer_gets_a_conflict<S: EventReader + EventAppender + GameRepository>(store: S) {
    let (id, game) = play_and_store(&store, 4).await;
    let stale = game.events()[0].clone();
    match append_event(&store, id, &stale, None).await {
        Err(StoreError::Conflict {
            expected, actual, ..
        }) => {
            assert_eq!((expected, actual), (0, game.events().len() as u64));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
}

on_every_backend!(
    rebuilt_game_equals_the_live_one,
    a_retried_command_is_applied_once,
    a_stale_writer_gets_a_conflict
);

#[tokio::test]
async fn an_event_the_engine_refuses_names_the_game_and_event() {
    let store = common::sqlite().await;
    let setup = setup(5);
    let id = GameId::random();
    store
        .create_game(&new_game(id, &setup, 1, 2).unwrap())
        .await
        .unwrap();
    let mut game = Game::new(setup);
    let mut dice = SeededDice::new(5);
    let mut picker = SeededDice::new(6);
    for _ in 0..3 {
        let (actor, command) = random_command(&game, &mut picker).unwrap();
        game.handle(actor, command, &mut dice).unwrap();
    }
    // Event 3 claims dice the play never rolls: a log from another game or a forged one.
    let mut events = game.events().to_vec();
    events[2].dice.push(engine_core::Roll {
        purpose: engine_core::Purpose::Range,
        sides: 20,
        value: 7,
    });
    for e in &events {
        append_event(&store, id, e, None).await.unwrap();
    }
    match load_game(&store, id).await {
        Err(StoreError::Replay {
            game_id, event_no, ..
        }) => assert_eq!((game_id, event_no), (id, 3)),
        other => panic!(
            "expected a replay error, got {:?}",
            other.map(|g| g.events().len())
        ),
    }
}
