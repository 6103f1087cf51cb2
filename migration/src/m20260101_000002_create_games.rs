//! `games`: one row per game, with its league, mode, status, teams, managers, the rules in
//! force and the setup its log starts from.

use crate::m20260101_000001_create_users::Users;
use sea_orm_migration::{prelude::*, schema::*};

/// Creates `games` and its lookup indexes.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Table and column names of `games`.
#[derive(DeriveIden)]
pub(crate) enum Games {
    Table,
    Id,
    League,
    Mode,
    Status,
    AwayTeamId,
    HomeTeamId,
    AwayManagerId,
    HomeManagerId,
    Rules,
    Setup,
    LastEventNo,
    CreatedAt,
    UpdatedAt,
    FinishedAt,
}

fn manager_fk(column: Games, name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(Games::Table, column)
        .to(Users::Table, Users::Id)
        .on_delete(ForeignKeyAction::SetNull)
        .to_owned()
}

fn index(name: &str, column: Games) -> IndexCreateStatement {
    Index::create()
        .name(name)
        .table(Games::Table)
        .col(column)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(Games::Table)
            .col(uuid(Games::Id).primary_key())
            .col(string_len(Games::League, 16))
            .col(string_len(Games::Mode, 16))
            .col(string_len(Games::Status, 16))
            .col(big_integer(Games::AwayTeamId))
            .col(big_integer(Games::HomeTeamId))
            .col(big_integer_null(Games::AwayManagerId))
            .col(big_integer_null(Games::HomeManagerId))
            .col(json_binary(Games::Rules))
            .col(json_binary(Games::Setup))
            .col(big_integer(Games::LastEventNo).default(0))
            .col(timestamp_with_time_zone(Games::CreatedAt))
            .col(timestamp_with_time_zone(Games::UpdatedAt))
            .col(timestamp_with_time_zone_null(Games::FinishedAt))
            .foreign_key(&mut manager_fk(
                Games::AwayManagerId,
                "fk_games_away_manager",
            ))
            .foreign_key(&mut manager_fk(
                Games::HomeManagerId,
                "fk_games_home_manager",
            ))
            .to_owned();
        manager.create_table(table).await?;
        manager
            .create_index(index("idx_games_status", Games::Status))
            .await?;
        manager
            .create_index(index("idx_games_league", Games::League))
            .await?;
        manager
            .create_index(index("idx_games_away_manager", Games::AwayManagerId))
            .await?;
        manager
            .create_index(index("idx_games_home_manager", Games::HomeManagerId))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Games::Table).to_owned())
            .await
    }
}
