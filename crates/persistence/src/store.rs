//! The capability traits. Reading and appending are split (a projection or a spectator feed
//! needs only [`EventReader`]); games and users have their own repositories. Both
//! [`crate::SqlStore`] and [`crate::MemoryStore`] implement all four with the same behaviour.

use crate::error::StoreError;
use crate::model::{
    Appended, Batch, EventNo, GameFilter, GameId, GameRecord, GameResult, GameStatus, NewGame,
    NewUser, PendingAppend, Snapshot, StoredEvent, UserId, UserRecord,
};
use serde_json::Value;
use std::future::Future;

/// Reads a game's log and its latest snapshot.
pub trait EventReader: Send + Sync {
    /// The number of the game's last event (0 for an empty log).
    fn last_event_no(
        &self,
        game_id: GameId,
    ) -> impl Future<Output = Result<EventNo, StoreError>> + Send;

    /// The game's events numbered `from` and up, in order (`from = 1` reads the whole log).
    fn load_events(
        &self,
        game_id: GameId,
        from: EventNo,
    ) -> impl Future<Output = Result<Vec<StoredEvent>, StoreError>> + Send;

    /// Where the batch of this command id is, if it is in the log (`duplicate` is true).
    fn find_command(
        &self,
        game_id: GameId,
        command_id: &str,
    ) -> impl Future<Output = Result<Option<Appended>, StoreError>> + Send;

    /// The snapshot with the highest event number, if any.
    fn latest_snapshot(
        &self,
        game_id: GameId,
    ) -> impl Future<Output = Result<Option<Snapshot>, StoreError>> + Send;
}

/// Appends to a game's log, and saves snapshots.
pub trait EventAppender: Send + Sync {
    /// Appends one command's events in one transaction, numbered from `expected_last_no + 1`.
    ///
    /// - If the log's last number is not `expected_last_no`: [`StoreError::Conflict`], nothing
    ///   written.
    /// - If the batch's command id is already in the log with the same events: the original
    ///   numbers with `duplicate: true`, nothing written; with other events:
    ///   [`StoreError::CommandMismatch`].
    /// - Returns only after the commit.
    fn append(
        &self,
        game_id: GameId,
        expected_last_no: EventNo,
        batch: &Batch,
    ) -> impl Future<Output = Result<Appended, StoreError>> + Send;

    /// Group commit: appends many batches (usually of different games) with one commit, so
    /// that one fsync acknowledges them all. Each batch behaves exactly as in [`Self::append`]
    /// and gets its own outcome; one batch's conflict does not undo the others. The outer
    /// error means the commit failed and none of the batches may be acknowledged.
    ///
    /// The default appends one by one (each atomic on its own); [`crate::SqlStore`] uses one
    /// transaction with a savepoint per batch.
    fn append_group(
        &self,
        group: &[PendingAppend],
    ) -> impl Future<Output = Result<Vec<Result<Appended, StoreError>>, StoreError>> + Send {
        async move {
            let mut outcomes = Vec::with_capacity(group.len());
            for item in group {
                outcomes.push(
                    self.append(item.game_id, item.expected_last_no, &item.batch)
                        .await,
                );
            }
            Ok(outcomes)
        }
    }

    /// Saves the state after event `event_no` (replacing a snapshot at the same number).
    fn save_snapshot(
        &self,
        game_id: GameId,
        event_no: EventNo,
        state: &Value,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// Creates, finds and finishes games.
pub trait GameRepository: Send + Sync {
    /// Creates a game with status pending and an empty log.
    fn create_game(
        &self,
        game: &NewGame,
    ) -> impl Future<Output = Result<GameRecord, StoreError>> + Send;

    /// The game, if it exists.
    fn game(
        &self,
        game_id: GameId,
    ) -> impl Future<Output = Result<Option<GameRecord>, StoreError>> + Send;

    /// The games matching the filter, newest first.
    fn list_games(
        &self,
        filter: &GameFilter,
    ) -> impl Future<Output = Result<Vec<GameRecord>, StoreError>> + Send;

    /// Moves a game to another status.
    fn set_status(
        &self,
        game_id: GameId,
        status: GameStatus,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Stores (or replaces) the final result and marks the game finished, in one transaction.
    fn store_result(
        &self,
        result: &GameResult,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// The game's result, if stored.
    fn result(
        &self,
        game_id: GameId,
    ) -> impl Future<Output = Result<Option<GameResult>, StoreError>> + Send;
}

/// Users who sign in with Discord.
pub trait UserRepository: Send + Sync {
    /// Creates the user, or updates name and avatar and `last_seen_at` if the Discord id is
    /// known.
    fn upsert_user(
        &self,
        user: &NewUser,
    ) -> impl Future<Output = Result<UserRecord, StoreError>> + Send;

    /// The user with this id.
    fn user(
        &self,
        id: UserId,
    ) -> impl Future<Output = Result<Option<UserRecord>, StoreError>> + Send;

    /// The user with this Discord id.
    fn user_by_discord_id(
        &self,
        discord_id: &str,
    ) -> impl Future<Output = Result<Option<UserRecord>, StoreError>> + Send;
}
