//! The event log on SQL: reading, appending with optimistic concurrency and idempotency,
//! and snapshots.

use super::SqlStore;
use super::convert::{from_db, to_db};
use super::entity::{game_event, games, snapshot};
use crate::error::StoreError;
use crate::model::{Appended, Batch, EventNo, GameId, PendingAppend, Snapshot, StoredEvent, now};
use crate::store::{EventAppender, EventReader};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde_json::Value;

/// An event row with its payload read as text, so that a corrupt payload is reported with
/// its game and number instead of failing the whole query.
#[derive(FromQueryResult)]
struct EventRow {
    event_no: i64,
    batch_first_no: i64,
    kind: String,
    version: i32,
    payload: String,
    actor: Option<String>,
    command_id: Option<String>,
    created_at: chrono::DateTime<chrono::Utc>,
}

impl EventRow {
    fn into_stored(self, game_id: GameId) -> Result<StoredEvent, StoreError> {
        let event_no = from_db("game_events", self.event_no)?;
        let payload =
            serde_json::from_str(&self.payload).map_err(|e| StoreError::CorruptEvent {
                game_id,
                event_no,
                kind: self.kind.clone(),
                reason: format!("payload is not JSON: {e}"),
            })?;
        Ok(StoredEvent {
            game_id,
            event_no,
            batch_first_no: from_db("game_events", self.batch_first_no)?,
            kind: self.kind,
            version: self.version,
            payload,
            actor: self.actor,
            command_id: self.command_id,
            created_at: self.created_at,
        })
    }
}

/// The game's last event number, or `GameNotFound`.
pub(super) async fn last_no(
    db: &impl ConnectionTrait,
    game_id: GameId,
) -> Result<EventNo, StoreError> {
    let last: Option<i64> = games::Entity::find_by_id(game_id.0)
        .select_only()
        .column(games::Column::LastEventNo)
        .into_tuple()
        .one(db)
        .await?;
    from_db("games", last.ok_or(StoreError::GameNotFound(game_id))?)
}

impl SqlStore {
    async fn load_range(
        &self,
        game_id: GameId,
        from: EventNo,
        to: Option<EventNo>,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        use game_event::Column as C;
        let mut query = game_event::Entity::find()
            .select_only()
            .columns([C::EventNo, C::BatchFirstNo, C::Kind, C::Version])
            .column_as(Expr::cust("CAST(payload AS TEXT)"), "payload")
            .columns([C::Actor, C::CommandId, C::CreatedAt])
            .filter(C::GameId.eq(game_id.0))
            .filter(C::EventNo.gte(to_db(from)?));
        if let Some(to) = to {
            query = query.filter(C::EventNo.lte(to_db(to)?));
        }
        let rows = query
            .order_by_asc(C::EventNo)
            .into_model::<EventRow>()
            .all(&self.db)
            .await?;
        rows.into_iter()
            .map(|row| row.into_stored(game_id))
            .collect()
    }

    /// The original result if the batch's command is already in the log with the same events;
    /// `CommandMismatch` if it is there with other events.
    pub(super) async fn replayed(
        &self,
        game_id: GameId,
        batch: &Batch,
    ) -> Result<Option<Appended>, StoreError> {
        let Some(command_id) = &batch.command_id else {
            return Ok(None);
        };
        let Some(original) = self.find_command(game_id, command_id).await? else {
            return Ok(None);
        };
        let stored = self
            .load_range(game_id, original.first, Some(original.last))
            .await?;
        if batch.matches(&stored) {
            tracing::debug!(%game_id, command_id, "duplicate command answered from the log");
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

impl EventReader for SqlStore {
    async fn last_event_no(&self, game_id: GameId) -> Result<EventNo, StoreError> {
        last_no(&self.db, game_id).await
    }

    async fn load_events(
        &self,
        game_id: GameId,
        from: EventNo,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        let events = self.load_range(game_id, from, None).await?;
        if events.is_empty() {
            last_no(&self.db, game_id).await?;
        }
        Ok(events)
    }

    async fn find_command(
        &self,
        game_id: GameId,
        command_id: &str,
    ) -> Result<Option<Appended>, StoreError> {
        use game_event::Column as C;
        let first: Option<i64> = game_event::Entity::find()
            .select_only()
            .column(C::EventNo)
            .filter(C::GameId.eq(game_id.0))
            .filter(C::CommandId.eq(command_id))
            .into_tuple()
            .one(&self.db)
            .await?;
        let Some(first) = first else {
            last_no(&self.db, game_id).await?;
            return Ok(None);
        };
        let last: Option<i64> = game_event::Entity::find()
            .select_only()
            .column_as(C::EventNo.max(), "last")
            .filter(C::GameId.eq(game_id.0))
            .filter(C::BatchFirstNo.eq(first))
            .into_tuple()
            .one(&self.db)
            .await?;
        let first = from_db("game_events", first)?;
        let last = last.map_or(Ok(first), |l| from_db("game_events", l))?;
        Ok(Some(Appended {
            first,
            last,
            duplicate: true,
        }))
    }

    async fn latest_snapshot(&self, game_id: GameId) -> Result<Option<Snapshot>, StoreError> {
        let row = snapshot::Entity::find()
            .filter(snapshot::Column::GameId.eq(game_id.0))
            .order_by_desc(snapshot::Column::EventNo)
            .one(&self.db)
            .await?;
        let Some(row) = row else {
            last_no(&self.db, game_id).await?;
            return Ok(None);
        };
        Ok(Some(Snapshot {
            game_id,
            event_no: from_db("snapshots", row.event_no)?,
            state: row.state,
            created_at: row.created_at,
        }))
    }
}

impl EventAppender for SqlStore {
    async fn append(
        &self,
        game_id: GameId,
        expected_last_no: EventNo,
        batch: &Batch,
    ) -> Result<Appended, StoreError> {
        if batch.events.is_empty() {
            return Err(StoreError::EmptyBatch(game_id));
        }
        // The hot path writes first; a retried command fails it (a conflict, or the unique
        // command index) and is then answered from the log. A retry never writes.
        match self.try_append(game_id, expected_last_no, batch).await {
            Err(err) if batch.command_id.is_some() => match self.replayed(game_id, batch).await? {
                Some(original) => Ok(original),
                None => Err(err),
            },
            outcome => outcome,
        }
    }

    async fn append_group(
        &self,
        group: &[PendingAppend],
    ) -> Result<Vec<Result<Appended, StoreError>>, StoreError> {
        self.append_group_sql(group).await
    }

    async fn save_snapshot(
        &self,
        game_id: GameId,
        event_no: EventNo,
        state: &Value,
    ) -> Result<(), StoreError> {
        let last = last_no(&self.db, game_id).await?;
        if event_no > last {
            return Err(StoreError::SnapshotAhead {
                game_id,
                event_no,
                last,
            });
        }
        let row = snapshot::ActiveModel {
            game_id: Set(game_id.0),
            event_no: Set(to_db(event_no)?),
            state: Set(state.clone()),
            created_at: Set(now()),
        };
        let on_conflict =
            OnConflict::columns([snapshot::Column::GameId, snapshot::Column::EventNo])
                .update_columns([snapshot::Column::State, snapshot::Column::CreatedAt])
                .to_owned();
        snapshot::Entity::insert(row)
            .on_conflict(on_conflict)
            .exec_without_returning(&self.db)
            .await?;
        Ok(())
    }
}
