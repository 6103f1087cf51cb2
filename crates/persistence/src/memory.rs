//! [`MemoryStore`]: every store trait, in memory, with the same behaviour as
//! [`crate::SqlStore`] (the shared test suite runs against both). For other crates' tests.

use crate::error::StoreError;
use crate::model::{
    Appended, Batch, EventNo, GameFilter, GameId, GameRecord, GameResult, GameStatus, NewGame,
    NewUser, Snapshot, StoredEvent, UserId, UserRecord, now,
};
use crate::store::{EventAppender, EventReader, GameRepository, UserRepository};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

/// An in-memory store; clones share the same data.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    inner: Arc<Mutex<State>>,
}

#[derive(Debug, Default)]
struct State {
    games: HashMap<GameId, GameEntry>,
    users: Vec<UserRecord>,
}

#[derive(Debug)]
struct GameEntry {
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

impl EventReader for MemoryStore {
    async fn last_event_no(&self, game_id: GameId) -> Result<EventNo, StoreError> {
        Ok(self.lock().entry(game_id)?.record.last_event_no)
    }

    async fn load_events(
        &self,
        game_id: GameId,
        from: EventNo,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        let mut state = self.lock();
        let entry = state.entry(game_id)?;
        Ok(entry
            .events
            .iter()
            .filter(|e| e.event_no >= from)
            .cloned()
            .collect())
    }

    async fn find_command(
        &self,
        game_id: GameId,
        command_id: &str,
    ) -> Result<Option<Appended>, StoreError> {
        Ok(self
            .lock()
            .entry(game_id)?
            .commands
            .get(command_id)
            .copied())
    }

    async fn latest_snapshot(&self, game_id: GameId) -> Result<Option<Snapshot>, StoreError> {
        let mut state = self.lock();
        Ok(state
            .entry(game_id)?
            .snapshots
            .values()
            .next_back()
            .cloned())
    }
}

impl EventAppender for MemoryStore {
    async fn append(
        &self,
        game_id: GameId,
        expected_last_no: EventNo,
        batch: &Batch,
    ) -> Result<Appended, StoreError> {
        if batch.events.is_empty() {
            return Err(StoreError::EmptyBatch(game_id));
        }
        let mut state = self.lock();
        let entry = state.entry(game_id)?;
        if let Some(original) = entry.replay(game_id, batch)? {
            return Ok(Appended {
                duplicate: true,
                ..original
            });
        }
        let actual = entry.record.last_event_no;
        if actual != expected_last_no {
            return Err(StoreError::Conflict {
                game_id,
                expected: expected_last_no,
                actual,
            });
        }
        let first = expected_last_no + 1;
        let created_at = now();
        let rows = (first..)
            .zip(&batch.events)
            .map(|(event_no, event)| StoredEvent {
                game_id,
                event_no,
                batch_first_no: first,
                kind: event.kind.clone(),
                version: event.version,
                payload: event.payload.clone(),
                actor: batch.actor.clone(),
                command_id: if event_no == first {
                    batch.command_id.clone()
                } else {
                    None
                },
                created_at,
            });
        entry.events.extend(rows);
        let appended = Appended {
            first,
            last: expected_last_no + batch.events.len() as u64,
            duplicate: false,
        };
        if let Some(command_id) = &batch.command_id {
            entry.commands.insert(
                command_id.clone(),
                Appended {
                    duplicate: true,
                    ..appended
                },
            );
        }
        entry.record.last_event_no = appended.last;
        entry.record.updated_at = created_at;
        Ok(appended)
    }

    async fn save_snapshot(
        &self,
        game_id: GameId,
        event_no: EventNo,
        state: &Value,
    ) -> Result<(), StoreError> {
        let mut guard = self.lock();
        let entry = guard.entry(game_id)?;
        let last = entry.record.last_event_no;
        if event_no > last {
            return Err(StoreError::SnapshotAhead {
                game_id,
                event_no,
                last,
            });
        }
        let snapshot = Snapshot {
            game_id,
            event_no,
            state: state.clone(),
            created_at: now(),
        };
        entry.snapshots.insert(event_no, snapshot);
        Ok(())
    }
}

fn matches(filter: &GameFilter, record: &GameRecord) -> bool {
    let game = &record.game;
    filter.status.is_none_or(|s| s == record.status)
        && filter.league.as_ref().is_none_or(|l| *l == game.league)
        && filter
            .user
            .is_none_or(|u| game.away_manager == Some(u) || game.home_manager == Some(u))
}

impl GameRepository for MemoryStore {
    async fn create_game(&self, game: &NewGame) -> Result<GameRecord, StoreError> {
        let mut state = self.lock();
        if state.games.contains_key(&game.id) {
            return Err(StoreError::GameExists(game.id));
        }
        let known = |m: Option<UserId>| m.is_none_or(|id| state.users.iter().any(|u| u.id == id));
        if !known(game.away_manager) || !known(game.home_manager) {
            return Err(StoreError::UnknownManager(game.id));
        }
        let created_at = now();
        let record = GameRecord {
            game: game.clone(),
            status: GameStatus::Pending,
            last_event_no: 0,
            created_at,
            updated_at: created_at,
            finished_at: None,
        };
        let entry = GameEntry {
            record: record.clone(),
            events: Vec::new(),
            commands: HashMap::new(),
            snapshots: BTreeMap::new(),
            result: None,
        };
        state.games.insert(game.id, entry);
        Ok(record)
    }

    async fn game(&self, game_id: GameId) -> Result<Option<GameRecord>, StoreError> {
        Ok(self.lock().games.get(&game_id).map(|e| e.record.clone()))
    }

    async fn list_games(&self, filter: &GameFilter) -> Result<Vec<GameRecord>, StoreError> {
        let state = self.lock();
        let mut games: Vec<GameRecord> = state
            .games
            .values()
            .map(|e| &e.record)
            .filter(|r| matches(filter, r))
            .cloned()
            .collect();
        games.sort_by(|a, b| {
            b.created_at
                .cmp(&a.created_at)
                .then(b.game.id.cmp(&a.game.id))
        });
        if let Some(limit) = filter.limit {
            games.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        }
        Ok(games)
    }

    async fn set_status(&self, game_id: GameId, status: GameStatus) -> Result<(), StoreError> {
        let mut state = self.lock();
        let record = &mut state.entry(game_id)?.record;
        record.status = status;
        record.updated_at = now();
        Ok(())
    }

    async fn store_result(&self, result: &GameResult) -> Result<(), StoreError> {
        let mut state = self.lock();
        let entry = state.entry(result.game_id)?;
        entry.record.status = GameStatus::Finished;
        entry.record.finished_at = Some(result.finished_at);
        entry.record.updated_at = now();
        entry.result = Some(result.clone());
        Ok(())
    }

    async fn result(&self, game_id: GameId) -> Result<Option<GameResult>, StoreError> {
        Ok(self
            .lock()
            .games
            .get(&game_id)
            .and_then(|e| e.result.clone()))
    }
}

impl UserRepository for MemoryStore {
    async fn upsert_user(&self, user: &NewUser) -> Result<UserRecord, StoreError> {
        let mut state = self.lock();
        let seen = now();
        if let Some(record) = state
            .users
            .iter_mut()
            .find(|u| u.user.discord_id == user.discord_id)
        {
            record.user = user.clone();
            record.last_seen_at = seen;
            return Ok(record.clone());
        }
        let id = UserId(i64::try_from(state.users.len()).unwrap_or(i64::MAX) + 1);
        let record = UserRecord {
            id,
            user: user.clone(),
            created_at: seen,
            last_seen_at: seen,
        };
        state.users.push(record.clone());
        Ok(record)
    }

    async fn user(&self, id: UserId) -> Result<Option<UserRecord>, StoreError> {
        Ok(self.lock().users.iter().find(|u| u.id == id).cloned())
    }

    async fn user_by_discord_id(&self, discord_id: &str) -> Result<Option<UserRecord>, StoreError> {
        Ok(self
            .lock()
            .users
            .iter()
            .find(|u| u.user.discord_id == discord_id)
            .cloned())
    }
}
