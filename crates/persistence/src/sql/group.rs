//! Group commit on SQL: many games' batches in one transaction and one fsync, each behind
//! its own savepoint so that one game's conflict does not undo the others.

use super::SqlStore;
use super::events::write_batch;
use crate::error::StoreError;
use crate::model::{Appended, PendingAppend};
use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};

impl SqlStore {
    /// Writes each batch behind a savepoint, then commits once.
    pub(crate) async fn append_group_sql(
        &self,
        group: &[PendingAppend],
    ) -> Result<Vec<Result<Appended, StoreError>>, StoreError> {
        let options = TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        };
        let txn = self.db.begin_with_options(options).await?;
        let mut outcomes = Vec::with_capacity(group.len());
        for item in group {
            if item.batch.events.is_empty() {
                outcomes.push(Err(StoreError::EmptyBatch(item.game_id)));
                continue;
            }
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
        // Retried commands among the failures are answered from the log, as in `append`.
        // A lookup error here must not fail the whole (committed) group: it becomes that
        // batch's outcome.
        for (item, outcome) in group.iter().zip(outcomes.iter_mut()) {
            if outcome.is_err() && item.batch.command_id.is_some() {
                match self.replayed(item.game_id, &item.batch).await {
                    Ok(Some(original)) => *outcome = Ok(original),
                    Ok(None) => {}
                    Err(err) => *outcome = Err(err),
                }
            }
        }
        Ok(outcomes)
    }
}
