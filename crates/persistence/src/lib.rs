//! Event-sourced storage for live games: the append-only event log, snapshots, games, users
//! and results, on SQLite (the default, a file under `./data`) or PostgreSQL.
//!
//! # Bird's eye view
//!
//! A game is its setup plus its log of events. The log is append-only and numbered from 1 per
//! game; [`EventAppender::append`] writes one command's batch of events in one transaction
//! with optimistic concurrency on the last event number (a stale writer gets
//! [`StoreError::Conflict`]) and idempotency by client command id (a retry gets the original
//! event numbers back and writes nothing). [`EventAppender::append_group`] commits many games'
//! batches with one transaction and one fsync (group commit), each batch with its own outcome.
//! [`rebuild`] folds a game's log back into its state; [`load_log`] decodes it for a replay
//! function that takes the whole slice.
//!
//! The store itself is generic: events are stored as JSON with a kind and a version, and an
//! event type plugs in through [`LogEvent`]; [`engine_game`] plugs in the rules engine's.
//!
//! # Code map
//!
//! - [`model`]: the plain values that go in and out (ids, events, batches, games, users).
//! - [`store`]: the capability traits, with reading and appending split.
//! - [`sql`]: the SeaORM implementation ([`SqlStore`]) for SQLite and PostgreSQL.
//! - [`memory`]: [`MemoryStore`], the same behaviour in memory, for other crates' tests.
//! - [`recovery`]: rebuilding a game's state from its log.
//! - [`engine_game`]: the rules engine's `Event` as the log's event type; [`engine_game::load_game`]
//!   recovers a game through the engine's replay.
//! - [`error`]: the error type, [`StoreError`].
//!
//! **Architecture invariant:** an append either commits every event of its batch with
//! contiguous numbers, or nothing; no code path acknowledges a batch before its commit.

pub mod engine_game;
pub mod error;
pub mod memory;
pub mod model;
pub mod recovery;
pub mod sql;
pub mod store;

pub use error::StoreError;
pub use memory::MemoryStore;
pub use model::{
    Appended, Batch, EventNo, GameFilter, GameId, GameMode, GameRecord, GameResult, GameStatus,
    LogEvent, NewEvent, NewGame, NewUser, PendingAppend, Snapshot, StoredEvent, UserId, UserRecord,
};
pub use recovery::{load_log, rebuild, rebuild_from_snapshot};
pub use sql::{DEFAULT_DATABASE_URL, SqlStore};
pub use store::{EventAppender, EventReader, GameRepository, UserRepository};
