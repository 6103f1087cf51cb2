//! The games catalogue and results on SQL.

use super::SqlStore;
use super::convert::{game_record, game_result};
use super::entity::{game_result as result_row, games};
use crate::error::StoreError;
use crate::model::{GameFilter, GameId, GameRecord, GameResult, GameStatus, NewGame, now};
use crate::store::GameRepository;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, SqlErr, TransactionTrait,
};

fn create_error(game: &NewGame, err: DbErr) -> StoreError {
    match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => StoreError::GameExists(game.id),
        Some(SqlErr::ForeignKeyConstraintViolation(_)) => StoreError::UnknownManager(game.id),
        _ => StoreError::Database(err),
    }
}

/// Sets the game's status (and finish time); `GameNotFound` if there is no such game.
async fn update_status(
    db: &impl ConnectionTrait,
    game_id: GameId,
    status: GameStatus,
    finished_at: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<(), StoreError> {
    let mut update = games::Entity::update_many()
        .col_expr(games::Column::Status, Expr::value(status.as_str()))
        .col_expr(games::Column::UpdatedAt, Expr::value(now()));
    if let Some(finished_at) = finished_at {
        update = update.col_expr(games::Column::FinishedAt, Expr::value(finished_at));
    }
    let updated = update
        .filter(games::Column::Id.eq(game_id.0))
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Err(StoreError::GameNotFound(game_id));
    }
    Ok(())
}

impl GameRepository for SqlStore {
    async fn create_game(&self, game: &NewGame) -> Result<GameRecord, StoreError> {
        let created_at = now();
        let row = games::ActiveModel {
            id: Set(game.id.0),
            league: Set(game.league.clone()),
            mode: Set(game.mode.as_str().to_owned()),
            status: Set(GameStatus::Pending.as_str().to_owned()),
            away_team_id: Set(game.away_team_id),
            home_team_id: Set(game.home_team_id),
            away_manager_id: Set(game.away_manager.map(|u| u.0)),
            home_manager_id: Set(game.home_manager.map(|u| u.0)),
            rules: Set(game.rules.clone()),
            setup: Set(game.setup.clone()),
            last_event_no: Set(0),
            created_at: Set(created_at),
            updated_at: Set(created_at),
            finished_at: Set(None),
        };
        games::Entity::insert(row)
            .exec_without_returning(&self.db)
            .await
            .map_err(|e| create_error(game, e))?;
        tracing::info!(game_id = %game.id, league = %game.league, "game created");
        Ok(GameRecord {
            game: game.clone(),
            status: GameStatus::Pending,
            last_event_no: 0,
            created_at,
            updated_at: created_at,
            finished_at: None,
        })
    }

    async fn game(&self, game_id: GameId) -> Result<Option<GameRecord>, StoreError> {
        let row = games::Entity::find_by_id(game_id.0).one(&self.db).await?;
        row.map(game_record).transpose()
    }

    async fn list_games(&self, filter: &GameFilter) -> Result<Vec<GameRecord>, StoreError> {
        use games::Column as C;
        let mut query = games::Entity::find();
        if let Some(status) = filter.status {
            query = query.filter(C::Status.eq(status.as_str()));
        }
        if let Some(league) = &filter.league {
            query = query.filter(C::League.eq(league.as_str()));
        }
        if let Some(user) = filter.user {
            let either = Condition::any()
                .add(C::AwayManagerId.eq(user.0))
                .add(C::HomeManagerId.eq(user.0));
            query = query.filter(either);
        }
        if let Some(limit) = filter.limit {
            query = query.limit(limit);
        }
        let rows = query
            .order_by_desc(C::CreatedAt)
            .order_by_desc(C::Id)
            .all(&self.db)
            .await?;
        rows.into_iter().map(game_record).collect()
    }

    async fn set_status(&self, game_id: GameId, status: GameStatus) -> Result<(), StoreError> {
        update_status(&self.db, game_id, status, None).await
    }

    async fn store_result(&self, result: &GameResult) -> Result<(), StoreError> {
        let txn = self.db.begin().await?;
        update_status(
            &txn,
            result.game_id,
            GameStatus::Finished,
            Some(result.finished_at),
        )
        .await?;
        let row = result_row::ActiveModel {
            game_id: Set(result.game_id.0),
            away_score: Set(result.away_score),
            home_score: Set(result.home_score),
            box_score: Set(result.box_score.clone()),
            finished_at: Set(result.finished_at),
        };
        let on_conflict = OnConflict::column(result_row::Column::GameId)
            .update_columns([
                result_row::Column::AwayScore,
                result_row::Column::HomeScore,
                result_row::Column::BoxScore,
                result_row::Column::FinishedAt,
            ])
            .to_owned();
        result_row::Entity::insert(row)
            .on_conflict(on_conflict)
            .exec_without_returning(&txn)
            .await?;
        txn.commit().await?;
        Ok(())
    }

    async fn result(&self, game_id: GameId) -> Result<Option<GameResult>, StoreError> {
        Ok(result_row::Entity::find_by_id(game_id.0)
            .one(&self.db)
            .await?
            .map(game_result))
    }
}
