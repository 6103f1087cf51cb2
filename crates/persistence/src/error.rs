//! [`StoreError`]: everything a store operation can fail with. Concurrency, idempotency and
//! bad data each have their own variant so that callers can react without parsing messages.

use crate::model::{Appended, EventNo, GameId};
use sea_orm::DbErr;

/// A failed store operation.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No such game.
    #[error("game {0} not found")]
    GameNotFound(GameId),

    /// A game with this id already exists.
    #[error("game {0} already exists")]
    GameExists(GameId),

    /// The game's log has moved on since the writer read it: nothing was written.
    #[error("conflict on game {game_id}: expected last event {expected}, found {actual}")]
    Conflict {
        /// The game.
        game_id: GameId,
        /// The last event number the writer expected.
        expected: EventNo,
        /// The game's actual last event number.
        actual: EventNo,
    },

    /// The command id is already in the log with different events: nothing was written.
    #[error("command `{command_id}` was already applied to game {game_id} with other content")]
    CommandMismatch {
        /// The game.
        game_id: GameId,
        /// The reused command id.
        command_id: String,
        /// Where the original batch is.
        original: Appended,
    },

    /// A manager of the new game is not a known user.
    #[error("game {0} names a manager who is not a known user")]
    UnknownManager(GameId),

    /// A batch must hold at least one event.
    #[error("empty batch for game {0}")]
    EmptyBatch(GameId),

    /// A stored event cannot be read: bad JSON, unknown kind or unsupported version.
    #[error("game {game_id} event {event_no} (`{kind}`) cannot be decoded: {reason}")]
    CorruptEvent {
        /// The game.
        game_id: GameId,
        /// The event's number.
        event_no: EventNo,
        /// The event's stored kind.
        kind: String,
        /// What is wrong with it.
        reason: String,
    },

    /// A stored snapshot cannot be read.
    #[error("game {game_id} snapshot at event {event_no} cannot be decoded: {reason}")]
    CorruptSnapshot {
        /// The game.
        game_id: GameId,
        /// The snapshot's event number.
        event_no: EventNo,
        /// What is wrong with it.
        reason: String,
    },

    /// The log has a hole or a repeat where the next number was expected.
    #[error("game {game_id} log is broken: expected event {expected}, found {found}")]
    BrokenLog {
        /// The game.
        game_id: GameId,
        /// The number that should come next.
        expected: EventNo,
        /// The number found instead.
        found: EventNo,
    },

    /// Folding an event into the state failed during recovery.
    #[error("game {game_id} event {event_no} cannot be replayed: {reason}")]
    Replay {
        /// The game.
        game_id: GameId,
        /// The event that failed.
        event_no: EventNo,
        /// The fold function's reason.
        reason: String,
    },

    /// A stored row holds a value this build does not understand.
    #[error("corrupt row in `{table}`: {reason}")]
    CorruptRow {
        /// The table.
        table: &'static str,
        /// What is wrong with it.
        reason: String,
    },

    /// A snapshot may not be taken past the end of the log.
    #[error("game {game_id}: snapshot at event {event_no} is past the last event {last}")]
    SnapshotAhead {
        /// The game.
        game_id: GameId,
        /// The requested snapshot number.
        event_no: EventNo,
        /// The game's last event number.
        last: EventNo,
    },

    /// A value could not be serialized to JSON.
    #[error("cannot encode to JSON: {0}")]
    Encode(#[source] serde_json::Error),

    /// A number does not fit the database's signed 64-bit columns.
    #[error("event number {0} is out of range")]
    OutOfRange(u64),

    /// The database URL or its directory is unusable.
    #[error("cannot open database `{url}`: {reason}")]
    Open {
        /// The URL (never holds a secret for SQLite; PostgreSQL passwords are masked).
        url: String,
        /// Why.
        reason: String,
    },

    /// The database failed (connection, I/O, constraint, commit). Nothing may be acknowledged.
    #[error("database error: {0}")]
    Database(#[from] DbErr),
}
