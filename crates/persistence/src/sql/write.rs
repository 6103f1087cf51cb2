//! Writing one batch: claim its numbers on `games.last_event_no` (the optimistic-concurrency
//! check, which also takes the game's write lock), then insert its rows; all in one
//! transaction that is rolled back explicitly on any error.

use super::SqlStore;
use super::convert::to_db;
use super::entity::{game_event, games};
use super::events::last_no;
use crate::error::StoreError;
use crate::model::{Appended, Batch, EventNo, GameId, now};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

impl SqlStore {
    /// Begins a write transaction (`BEGIN IMMEDIATE` on SQLite: the lock is taken at once).
    pub(super) async fn begin_write(&self) -> Result<DatabaseTransaction, StoreError> {
        let options = TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        };
        Ok(self.db.begin_with_options(options).await?)
    }

    /// One attempt at an append, in one transaction, rolled back explicitly on any error.
    pub(super) async fn try_append(
        &self,
        game_id: GameId,
        expected: EventNo,
        batch: &Batch,
    ) -> Result<Appended, StoreError> {
        let txn = self.begin_write().await?;
        match write_batch(&txn, game_id, expected, batch).await {
            Ok(appended) => {
                txn.commit().await?;
                Ok(appended)
            }
            Err(err) => {
                if let Err(rollback) = txn.rollback().await {
                    tracing::warn!(%game_id, error = %rollback, "rollback failed");
                }
                Err(err)
            }
        }
    }
}

/// Bumps `games.last_event_no` from `expected` (the concurrency check, which also takes the
/// game's write lock) and inserts the batch's rows.
pub(super) async fn write_batch(
    txn: &impl ConnectionTrait,
    game_id: GameId,
    expected: EventNo,
    batch: &Batch,
) -> Result<Appended, StoreError> {
    let created_at = now();
    let appended = claim(txn, game_id, expected, batch, created_at).await?;
    let rows = event_rows(game_id, appended.first, batch, created_at)?;
    game_event::Entity::insert_many(rows)
        .exec_without_returning(txn)
        .await?;
    Ok(appended)
}

/// Moves `games.last_event_no` from `expected` to the batch's last number, or reports why not
/// (`EmptyBatch`, `GameNotFound`, `Conflict`) having written nothing.
async fn claim(
    txn: &impl ConnectionTrait,
    game_id: GameId,
    expected: EventNo,
    batch: &Batch,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<Appended, StoreError> {
    if batch.events.is_empty() {
        return Err(StoreError::EmptyBatch(game_id));
    }
    let last = expected + batch.events.len() as u64;
    let bumped = games::Entity::update_many()
        .col_expr(games::Column::LastEventNo, Expr::value(to_db(last)?))
        .col_expr(games::Column::UpdatedAt, Expr::value(at))
        .filter(games::Column::Id.eq(game_id.0))
        .filter(games::Column::LastEventNo.eq(to_db(expected)?))
        .exec(txn)
        .await?;
    if bumped.rows_affected != 1 {
        let actual = last_no(txn, game_id).await?;
        tracing::debug!(%game_id, expected, actual, "append conflict");
        return Err(StoreError::Conflict {
            game_id,
            expected,
            actual,
        });
    }
    Ok(Appended {
        first: expected + 1,
        last,
        duplicate: false,
    })
}

/// The rows of a batch numbered from `first`; the command id goes on the first row only.
pub(super) fn event_rows(
    game_id: GameId,
    first: EventNo,
    batch: &Batch,
    created_at: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<game_event::ActiveModel>, StoreError> {
    let first_db = to_db(first)?;
    (first..)
        .zip(&batch.events)
        .map(|(event_no, event)| {
            Ok(game_event::ActiveModel {
                game_id: Set(game_id.0),
                event_no: Set(to_db(event_no)?),
                batch_first_no: Set(first_db),
                kind: Set(event.kind.clone()),
                version: Set(event.version),
                payload: Set(event.payload.clone()),
                actor: Set(batch.actor.clone()),
                command_id: Set(if event_no == first {
                    batch.command_id.clone()
                } else {
                    None
                }),
                created_at: Set(created_at),
            })
        })
        .collect()
}
