//! The event log in memory: the same checks, in the same order, as the SQL store.

use super::MemoryStore;
use crate::error::StoreError;
use crate::model::{Appended, Batch, EventNo, GameId, Snapshot, StoredEvent, now};
use crate::store::{EventAppender, EventReader};
use serde_json::Value;

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
