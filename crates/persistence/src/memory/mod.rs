//! [`MemoryStore`]: every store trait, in memory, with the same behaviour as
//! [`crate::SqlStore`] (the shared test suite runs against both). For other crates' tests.

mod catalog;
mod log;

use crate::error::StoreError;
use crate::model::{
    Appended, Batch, EventNo, GameId, GameRecord, GameResult, Snapshot, StoredEvent, UserRecord,
};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

/// An in-memory store; clones share the same data.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    inner: Arc<Mutex<State>>,
}

#[derive(Debug, Default)]
pub(crate) struct State {
    games: HashMap<GameId, GameEntry>,
    users: Vec<UserRecord>,
}

#[derive(Debug)]
pub(crate) struct GameEntry {
    record: GameRecord,
    events: Vec<StoredEvent>,
    commands: HashMap<String, Appended>,
    snapshots: BTreeMap<EventNo, Snapshot>,
    result: Option<GameResult>,
}

impl MemoryStore {
    /// An empty store.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave a half-written batch (appends build the
        // rows first), so a poisoned lock is safe to reuse.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl State {
    fn entry(&mut self, game_id: GameId) -> Result<&mut GameEntry, StoreError> {
        self.games
            .get_mut(&game_id)
            .ok_or(StoreError::GameNotFound(game_id))
    }
}

impl GameEntry {
    fn batch(&self, appended: Appended) -> &[StoredEvent] {
        let start = usize::try_from(appended.first - 1).unwrap_or(usize::MAX);
        let end = usize::try_from(appended.last).unwrap_or(usize::MAX);
        self.events.get(start..end).unwrap_or(&[])
    }

    fn replay(&self, game_id: GameId, batch: &Batch) -> Result<Option<Appended>, StoreError> {
        let Some(command_id) = &batch.command_id else {
            return Ok(None);
        };
        let Some(original) = self.commands.get(command_id).copied() else {
            return Ok(None);
        };
        if batch.matches(self.batch(original)) {
            Ok(Some(original))
        } else {
            Err(StoreError::CommandMismatch {
                game_id,
                command_id: command_id.clone(),
                original,
            })
        }
    }
}
