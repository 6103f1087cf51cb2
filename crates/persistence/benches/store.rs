//! Store benchmarks: append latency of a one-event batch (a command committed before its ack)
//! and loading/rebuilding a 300-event game (recovery), on SQLite and, when
//! `TEST_DATABASE_URL` is set, PostgreSQL.
//!
//! Run: `CARGO_TARGET_DIR=/work/target-persist cargo bench -p persistence --bench store`.

#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a failed unwrap here is a failed test or benchmark, not a crashed server"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use persistence::{
    Batch, EventAppender, EventReader, GameId, GameMode, GameRepository, LogEvent, NewGame,
    PendingAppend, SqlStore, rebuild,
};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::time::Duration;
use tokio::runtime::Runtime;

/// An event shaped like a resolved plate appearance: a few ids, the dice, the outcome.
#[derive(Serialize, Deserialize)]
struct PlateAppearance {
    batter: u32,
    pitcher: u32,
    dice: [u8; 4],
    result: String,
    runners: [Option<u32>; 3],
    outs: u8,
    runs: u8,
}

impl LogEvent for PlateAppearance {
    const VERSION: i32 = 1;
    fn kind(&self) -> &str {
        "plate_appearance_resolved"
    }
}

fn event(n: u64) -> PlateAppearance {
    let d = (n % 6) as u8 + 1;
    PlateAppearance {
        batter: 1000 + (n % 9) as u32,
        pitcher: 2000,
        dice: [d, 7 - d, (n % 20) as u8 + 1, 3],
        result: "single".into(),
        runners: [Some(1001), None, Some(1003)],
        outs: (n % 3) as u8,
        runs: 0,
    }
}

/// Totals folded from the log, standing in for the engine's state.
#[derive(Default)]
struct Totals {
    outs: u64,
    runs: u64,
}

fn apply(totals: &mut Totals, pa: &PlateAppearance) -> Result<(), String> {
    totals.outs += u64::from(pa.outs);
    totals.runs += u64::from(pa.runs);
    Ok(())
}

async fn new_game(store: &SqlStore) -> GameId {
    let game = NewGame {
        id: GameId::random(),
        league: "bench".into(),
        mode: GameMode::Auto,
        away_team_id: 1,
        home_team_id: 2,
        away_manager: None,
        home_manager: None,
        rules: serde_json::json!({}),
        setup: serde_json::json!({}),
    };
    store.create_game(&game).await.unwrap().game.id
}

fn backends(rt: &Runtime) -> Vec<(&'static str, SqlStore)> {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench");
    let path = dir.join(format!("bench-{}.sqlite", uuid::Uuid::new_v4().simple()));
    let sqlite = rt.block_on(SqlStore::open(&format!(
        "sqlite://{}?mode=rwc",
        path.display()
    )));
    let mut stores = vec![("sqlite", sqlite.unwrap())];
    if let Ok(url) = std::env::var("TEST_DATABASE_URL") {
        let pg = rt.block_on(async {
            let admin = SqlStore::connect(&url).await?;
            use sea_orm::ConnectionTrait;
            admin
                .connection()
                .execute_unprepared("CREATE SCHEMA IF NOT EXISTS persistence_bench")
                .await?;
            let store = SqlStore::connect_in_schema(&url, "persistence_bench").await?;
            store.migrate().await?;
            Ok::<_, persistence::StoreError>(store)
        });
        stores.push(("postgres", pg.unwrap()));
    }
    stores
}

fn benches(c: &mut Criterion) {
    let rt = Runtime::new().unwrap();
    for (name, store) in backends(&rt) {
        let id = rt.block_on(new_game(&store));
        let last = Cell::new(0u64);
        c.bench_function(&format!("append_1_event/{name}"), |b| {
            b.iter(|| {
                let batch = Batch::of(&[event(last.get())]).unwrap();
                last.set(
                    rt.block_on(store.append(id, last.get(), &batch))
                        .unwrap()
                        .last,
                );
            });
        });

        // Group commit: one event for each of 32 games, one transaction, one fsync.
        let games: Vec<GameId> = (0..32).map(|_| rt.block_on(new_game(&store))).collect();
        let lasts = Cell::new(0u64);
        c.bench_function(&format!("append_group_32_games/{name}"), |b| {
            b.iter(|| {
                let group: Vec<PendingAppend> = games
                    .iter()
                    .map(|&game_id| PendingAppend {
                        game_id,
                        expected_last_no: lasts.get(),
                        batch: Batch::of(&[event(lasts.get())]).unwrap(),
                    })
                    .collect();
                let outcomes = rt.block_on(store.append_group(&group)).unwrap();
                assert!(outcomes.iter().all(Result::is_ok));
                lasts.set(lasts.get() + 1);
            });
        });

        let full = rt.block_on(new_game(&store));
        let events: Vec<PlateAppearance> = (0..300).map(event).collect();
        for (i, chunk) in events.chunks(3).enumerate() {
            rt.block_on(store.append(full, i as u64 * 3, &Batch::of(chunk).unwrap()))
                .unwrap();
        }
        c.bench_function(&format!("load_300_events/{name}"), |b| {
            b.iter(|| assert_eq!(rt.block_on(store.load_events(full, 1)).unwrap().len(), 300));
        });
        c.bench_function(&format!("rebuild_300_events/{name}"), |b| {
            b.iter(|| {
                rt.block_on(rebuild(&store, full, Totals::default, apply))
                    .unwrap()
            });
        });
        let engine_game = rt.block_on(store_engine_game(&store, 300));
        c.bench_function(&format!("rebuild_engine_game_300_events/{name}"), |b| {
            b.iter(|| {
                let game = rt
                    .block_on(persistence::engine_game::load_game(&store, engine_game))
                    .unwrap();
                assert_eq!(game.events().len(), 300);
            });
        });
    }
}

/// A real engine game (random legal commands, manual mode) cut at `events` events, stored.
async fn store_engine_game(store: &SqlStore, events: usize) -> GameId {
    use engine_core::testing::{random_command, sample_setup};
    let setup = sample_setup(
        league_config::sba().unwrap(),
        engine_core::league::ResultEntry::Manual,
        true,
    );
    let id = GameId::random();
    store
        .create_game(&persistence::engine_game::new_game(id, &setup, 1, 2).unwrap())
        .await
        .unwrap();
    let mut game = engine_core::Game::new(setup);
    let (mut dice, mut picker) = (
        engine_core::SeededDice::new(3),
        engine_core::SeededDice::new(4),
    );
    while game.events().len() < events {
        let (actor, command) = random_command(&game, &mut picker).unwrap();
        if let Ok(e) = game.handle(actor, command, &mut dice) {
            let e = e.clone();
            persistence::engine_game::append_event(store, id, &e, None)
                .await
                .unwrap();
        }
    }
    id
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(30)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1))
}

criterion_group! { name = store; config = config(); targets = benches }
criterion_main!(store);
