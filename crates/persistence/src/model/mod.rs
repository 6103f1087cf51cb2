//! The plain values that go in and out of a store: ids, events and batches, games, users,
//! snapshots and results. None of them knows about the database.

mod event;
mod game;
mod ids;
mod user;

pub use event::{Appended, Batch, LogEvent, NewEvent, PendingAppend, Snapshot, StoredEvent};
pub use game::{GameFilter, GameMode, GameRecord, GameResult, GameStatus, NewGame};
pub use ids::{EventNo, GameId, UserId};
pub use user::{NewUser, UserRecord};

/// The current time, truncated to microseconds so that every backend stores and returns the
/// same instant (PostgreSQL keeps microseconds).
pub(crate) fn now() -> chrono::DateTime<chrono::Utc> {
    let now = chrono::Utc::now();
    let micros = now.timestamp_micros();
    chrono::DateTime::from_timestamp_micros(micros).unwrap_or(now)
}
