//! Group commit on SQL: many games' batches in one transaction and one fsync.
//!
//! The fast path claims each batch's numbers with one guarded `UPDATE` per game and inserts
//! every row of the group with a few bulk `INSERT`s. If that insert meets an existing command
//! id (a retry with a fresh expected number, or one command twice in the group), the whole
//! transaction is rolled back and the group is redone with one savepoint per batch, which
//! isolates each batch's failure. Either way, retried commands are then answered from the log.

use super::SqlStore;
use super::entity::game_event;
use super::write::{claim, event_rows, write_batch};
use crate::error::StoreError;
use crate::model::{Appended, PendingAppend, now};
use sea_orm::{DatabaseTransaction, EntityTrait, SqlErr, TransactionTrait};

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
        let mut outcomes = Vec::with_capacity(group.len());
        let mut rows = Vec::new();
        for item in group {
            match claim(&txn, item.game_id, item.expected_last_no, &item.batch, at).await {
                Ok(appended) => {
                    rows.extend(event_rows(item.game_id, appended.first, &item.batch, at)?);
                    outcomes.push(Ok(appended));
                }
                Err(StoreError::Database(err)) => return Err(rollback(txn, err.into()).await),
                Err(refused) => outcomes.push(Err(refused)),
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

/// Rolls back after `err`, logging (not masking) a failed rollback.
async fn rollback(txn: DatabaseTransaction, err: StoreError) -> StoreError {
    if let Err(rollback) = txn.rollback().await {
        tracing::warn!(error = %rollback, "rollback failed");
    }
    err
}
