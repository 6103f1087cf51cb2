//! `game_results`: the final score and box score of a finished game, for queries that must
//! not replay the log.

use crate::m20260101_000002_create_games::Games;
use sea_orm_migration::{prelude::*, schema::*};

/// Creates `game_results`.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Table and column names of `game_results`.
#[derive(DeriveIden)]
enum GameResults {
    Table,
    GameId,
    AwayScore,
    HomeScore,
    BoxScore,
    FinishedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(GameResults::Table)
            .col(uuid(GameResults::GameId).primary_key())
            .col(integer(GameResults::AwayScore))
            .col(integer(GameResults::HomeScore))
            .col(json_binary(GameResults::BoxScore))
            .col(timestamp_with_time_zone(GameResults::FinishedAt))
            .foreign_key(
                ForeignKey::create()
                    .name("fk_game_results_game")
                    .from(GameResults::Table, GameResults::GameId)
                    .to(Games::Table, Games::Id)
                    .on_delete(ForeignKeyAction::Cascade),
            )
            .to_owned();
        manager.create_table(table).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(GameResults::Table).to_owned())
            .await
    }
}
