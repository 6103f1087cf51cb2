//! Test harness shared by the integration tests: backends (in memory, a fresh SQLite file,
//! PostgreSQL when `TEST_DATABASE_URL` is set) and a toy event type with a toy aggregate.

#![allow(dead_code)]

use persistence::{
    GameId, GameMode, GameRepository, LogEvent, MemoryStore, NewGame, NewUser, SqlStore,
    UserRepository,
};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tokio::sync::OnceCell;

/// The schema the PostgreSQL runs share; games and users get unique ids, so tests never clash.
const PG_SCHEMA: &str = "persistence_test";

/// A fresh SQLite file under the target directory's temporary folder.
pub fn sqlite_url(name: &str) -> (String, PathBuf) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("persistence");
    let path = dir.join(format!("{name}-{}.sqlite", uuid::Uuid::new_v4().simple()));
    (format!("sqlite://{}?mode=rwc", path.display()), path)
}

/// A migrated store on a fresh SQLite file.
pub async fn sqlite() -> SqlStore {
    SqlStore::open(&sqlite_url("store").0).await.unwrap()
}

static PG_MIGRATED: OnceCell<()> = OnceCell::const_new();

/// A migrated store on PostgreSQL, or `None` when `TEST_DATABASE_URL` is not set.
pub async fn postgres() -> Option<SqlStore> {
    let url = std::env::var("TEST_DATABASE_URL").ok()?;
    PG_MIGRATED.get_or_init(|| migrate_pg(&url)).await;
    Some(SqlStore::connect_in_schema(&url, PG_SCHEMA).await.unwrap())
}

/// Creates and migrates the shared schema once per process, under an advisory lock so that
/// concurrent test processes do not race.
async fn migrate_pg(url: &str) {
    use sea_orm::{ConnectOptions, ConnectionTrait, Database};
    let mut options = ConnectOptions::new(url);
    options.max_connections(1).set_schema_search_path(PG_SCHEMA);
    let db = Database::connect(options).await.unwrap();
    db.execute_unprepared("SELECT pg_advisory_lock(7355608)")
        .await
        .unwrap();
    db.execute_unprepared(&format!("CREATE SCHEMA IF NOT EXISTS {PG_SCHEMA}"))
        .await
        .unwrap();
    SqlStore::from_connection(db.clone())
        .migrate()
        .await
        .unwrap();
    db.execute_unprepared("SELECT pg_advisory_unlock(7355608)")
        .await
        .unwrap();
    db.close().await.unwrap();
}

/// Runs one shared async test body against every backend: `memory`, `sqlite`, and
/// `postgres` (which passes without running when `TEST_DATABASE_URL` is unset).
#[macro_export]
macro_rules! on_every_backend {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn memory() {
                super::$name(persistence::MemoryStore::new()).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::common::sqlite().await).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                match $crate::common::postgres().await {
                    Some(store) => super::$name(store).await,
                    None => eprintln!("TEST_DATABASE_URL is not set: the PostgreSQL variant did not run"),
                }
            }
        }
    )+};
}

/// A new game with a league name unique to this call, so that filters see only this test's
/// games even in a shared database.
pub fn new_game(league: &str) -> NewGame {
    NewGame {
        id: GameId::random(),
        league: league.to_owned(),
        mode: GameMode::Manual,
        away_team_id: 7,
        home_team_id: 11,
        away_manager: None,
        home_manager: None,
        rules: serde_json::json!({ "innings": 9, "dh": true }),
        setup: serde_json::json!({ "seed": 42, "lineups": [[1, 2, 3], [4, 5, 6]] }),
    }
}

/// A league name no other test uses.
pub fn unique_league() -> String {
    format!("t{}", &uuid::Uuid::new_v4().simple().to_string()[..12])
}

/// A user with a unique Discord id.
pub async fn new_user(store: &impl UserRepository, name: &str) -> persistence::UserRecord {
    let discord_id = uuid::Uuid::new_v4().simple().to_string()[..20].to_owned();
    let user = NewUser {
        discord_id,
        name: name.to_owned(),
        avatar: None,
    };
    store.upsert_user(&user).await.unwrap()
}

/// Creates a game for a test and returns its id.
pub async fn game(store: &impl GameRepository) -> GameId {
    store
        .create_game(&new_game(&unique_league()))
        .await
        .unwrap()
        .game
        .id
}

/// A toy event: just enough shape to exercise the log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ToyEvent {
    /// Runs scored by a side (0 away, 1 home), with the dice that decided it.
    Scored {
        side: usize,
        runs: u32,
        dice: [u8; 3],
    },
    /// An out was recorded.
    Out { dice: [u8; 3] },
    /// A batch marker, used by the crash test.
    Marker { batch: u64, index: u32, size: u32 },
}

impl LogEvent for ToyEvent {
    const VERSION: i32 = 1;

    fn kind(&self) -> &str {
        match self {
            ToyEvent::Scored { .. } => "scored",
            ToyEvent::Out { .. } => "out",
            ToyEvent::Marker { .. } => "marker",
        }
    }
}

/// A toy aggregate: score and outs; more than three outs is a replay error.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Toy {
    pub score: [u32; 2],
    pub outs: u32,
    pub events: u64,
}

impl Toy {
    pub fn apply(&mut self, event: &ToyEvent) -> Result<(), String> {
        match event {
            ToyEvent::Scored { side, runs, .. } => {
                *self.score.get_mut(*side).ok_or("no such side")? += runs;
            }
            ToyEvent::Out { .. } if self.outs == 3 => return Err("a fourth out".into()),
            ToyEvent::Out { .. } => self.outs += 1,
            ToyEvent::Marker { .. } => {}
        }
        self.events += 1;
        Ok(())
    }
}

/// A short toy game's events.
pub fn toy_events(n: u32) -> Vec<ToyEvent> {
    (0..n)
        .map(|i| match i % 4 {
            0 | 2 => ToyEvent::Scored {
                side: (i % 2) as usize,
                runs: i % 3,
                dice: [1, 2, (i % 6) as u8],
            },
            _ => ToyEvent::Marker {
                batch: u64::from(i),
                index: 0,
                size: 1,
            },
        })
        .collect()
}

/// A memory store, for tests that need one explicitly.
pub fn memory() -> MemoryStore {
    MemoryStore::new()
}
