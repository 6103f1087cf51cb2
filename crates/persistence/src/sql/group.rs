//! Group commit on SQL: many games' batches in one transaction and one fsync.
//!
//! The fast path reads every game's last number with one `SELECT … FOR UPDATE` (on SQLite the
//! `BEGIN IMMEDIATE` lock already serializes writers), decides each batch's outcome in memory,
//! moves the numbers with one guarded `UPDATE … CASE` and inserts every row with a few bulk
//! `INSERT`s: a handful of statements for the whole group. If that insert meets an existing command
//! id (a retry with a fresh expected number, or one command twice in the group), the whole
//! transaction is rolled back and the group is redone with one savepoint per batch, which
//! isolates each batch's failure. Either way, retried commands are then answered from the log.

use super::SqlStore;
use super::convert::{from_db, to_db};
use super::entity::game_event;
use super::entity::games;
use super::write::{event_rows, write_batch};
use crate::error::StoreError;
use crate::model::{Appended, EventNo, GameId, PendingAppend, now};
use chrono::{DateTime, Utc};
use sea_orm::prelude::Uuid;
use sea_orm::sea_query::{CaseStatement, Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    SqlErr, TransactionTrait,
};
use std::collections::HashMap;

/// Games per guarded `UPDATE` (three parameters each).
const GAMES_PER_UPDATE: usize = 500;

/// Rows per bulk `INSERT`: 9 parameters a row stays far below SQLite's and PostgreSQL's
/// limits on bound parameters.
const ROWS_PER_INSERT: usize = 500;

/// The outcome of each batch of a group, in order.
type Outcomes = Vec<Result<Appended, StoreError>>;

impl SqlStore {
    /// Appends a group with one commit (see the module header).
    pub(crate) async fn append_group_sql(
        &self,
        group: &[PendingAppend],
    ) -> Result<Outcomes, StoreError> {
        let mut outcomes = match self.group_in_bulk(group).await? {
            Some(outcomes) => outcomes,
            None => self.group_with_savepoints(group).await?,
        };
        for (item, outcome) in group.iter().zip(outcomes.iter_mut()) {
            if outcome.is_err() && item.batch.command_id.is_some() {
                // The group is committed: a lookup error becomes this batch's outcome only.
                match self.replayed(item.game_id, &item.batch).await {
                    Ok(Some(original)) => *outcome = Ok(original),
                    Ok(None) => {}
                    Err(err) => *outcome = Err(err),
                }
            }
        }
        Ok(outcomes)
    }

    /// The fast path; `None` (nothing written) when the bulk insert met an existing command id.
    async fn group_in_bulk(&self, group: &[PendingAppend]) -> Result<Option<Outcomes>, StoreError> {
        let txn = self.begin_write().await?;
        let at = now();
        let Some(outcomes) = claim_all(&txn, group, at).await? else {
            txn.rollback().await?;
            return Ok(None);
        };
        let mut rows = Vec::new();
        for (item, outcome) in group.iter().zip(&outcomes) {
            if let Ok(appended) = outcome {
                rows.extend(event_rows(item.game_id, appended.first, &item.batch, at)?);
            }
        }
        while !rows.is_empty() {
            let chunk: Vec<_> = rows.drain(..rows.len().min(ROWS_PER_INSERT)).collect();
            if let Err(err) = game_event::Entity::insert_many(chunk)
                .exec_without_returning(&txn)
                .await
            {
                if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) {
                    txn.rollback().await?;
                    return Ok(None);
                }
                return Err(rollback(txn, err.into()).await);
            }
        }
        txn.commit().await?;
        Ok(Some(outcomes))
    }

    /// The careful path: each batch behind its own savepoint, then one commit.
    async fn group_with_savepoints(&self, group: &[PendingAppend]) -> Result<Outcomes, StoreError> {
        let txn = self.begin_write().await?;
        let mut outcomes = Vec::with_capacity(group.len());
        for item in group {
            let savepoint = txn.begin().await?;
            match write_batch(&savepoint, item.game_id, item.expected_last_no, &item.batch).await {
                Ok(appended) => {
                    savepoint.commit().await?;
                    outcomes.push(Ok(appended));
                }
                Err(err) => {
                    savepoint.rollback().await?;
                    outcomes.push(Err(err));
                }
            }
        }
        txn.commit().await?;
        Ok(outcomes)
    }
}

/// Claims every batch's numbers with one `SELECT … FOR UPDATE` and one guarded `UPDATE` per
/// chunk of games. `None` if the update did not move exactly the games it should have.
async fn claim_all(
    txn: &DatabaseTransaction,
    group: &[PendingAppend],
    at: DateTime<Utc>,
) -> Result<Option<Outcomes>, StoreError> {
    use games::Column as C;
    let ids: Vec<Uuid> = group.iter().map(|item| item.game_id.0).collect();
    let found: Vec<(Uuid, i64)> = games::Entity::find()
        .select_only()
        .columns([C::Id, C::LastEventNo])
        .filter(C::Id.is_in(ids))
        .order_by_asc(C::Id) // one lock order for every writer: no deadlock between groups
        .lock_exclusive()
        .into_tuple()
        .all(txn)
        .await?;
    let mut numbers = HashMap::with_capacity(found.len());
    for (id, last) in found {
        let last = from_db("games", last)?;
        numbers.insert(GameId(id), (last, last));
    }
    let outcomes = group
        .iter()
        .map(|item| claim_in_memory(&mut numbers, item))
        .collect();
    let moved: Vec<(GameId, EventNo, EventNo)> = numbers
        .into_iter()
        .filter(|(_, (from, to))| from != to)
        .map(|(id, (from, to))| (id, from, to))
        .collect();
    for chunk in moved.chunks(GAMES_PER_UPDATE) {
        let mut last = CaseStatement::new();
        let mut guard = Condition::any();
        for &(id, from, to) in chunk {
            last = last.case(C::Id.eq(id.0), Expr::value(to_db(to)?));
            guard = guard.add(C::Id.eq(id.0).and(C::LastEventNo.eq(to_db(from)?)));
        }
        let updated = games::Entity::update_many()
            .col_expr(
                C::LastEventNo,
                last.finally(Expr::col(C::LastEventNo)).into(),
            )
            .col_expr(C::UpdatedAt, Expr::value(at))
            .filter(guard)
            .exec(txn)
            .await?;
        if updated.rows_affected != chunk.len() as u64 {
            tracing::warn!(
                expected = chunk.len(),
                updated = updated.rows_affected,
                "group claim mismatch"
            );
            return Ok(None);
        }
    }
    Ok(Some(outcomes))
}

/// One batch's claim against the numbers read for the group: `(read, current)` per game.
fn claim_in_memory(
    numbers: &mut HashMap<GameId, (EventNo, EventNo)>,
    item: &PendingAppend,
) -> Result<Appended, StoreError> {
    let game_id = item.game_id;
    if item.batch.events.is_empty() {
        return Err(StoreError::EmptyBatch(game_id));
    }
    let (_, current) = numbers
        .get_mut(&game_id)
        .ok_or(StoreError::GameNotFound(game_id))?;
    if *current != item.expected_last_no {
        return Err(StoreError::Conflict {
            game_id,
            expected: item.expected_last_no,
            actual: *current,
        });
    }
    let appended = Appended {
        first: *current + 1,
        last: *current + item.batch.events.len() as u64,
        duplicate: false,
    };
    *current = appended.last;
    Ok(appended)
}

/// Rolls back after `err`, logging (not masking) a failed rollback.
async fn rollback(txn: DatabaseTransaction, err: StoreError) -> StoreError {
    if let Err(rollback) = txn.rollback().await {
        tracing::warn!(error = %rollback, "rollback failed");
    }
    err
}
