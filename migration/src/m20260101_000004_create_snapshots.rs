//! `snapshots`: a game's state after a given event. An optimisation only: the log is the
//! truth, and a snapshot can always be thrown away.

use crate::m20260101_000002_create_games::Games;
use sea_orm_migration::{prelude::*, schema::*};

/// Creates `snapshots`.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Table and column names of `snapshots`.
#[derive(DeriveIden)]
enum Snapshots {
    Table,
    GameId,
    EventNo,
    State,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(Snapshots::Table)
            .col(uuid(Snapshots::GameId))
            .col(big_integer(Snapshots::EventNo))
            .col(json_binary(Snapshots::State))
            .col(timestamp_with_time_zone(Snapshots::CreatedAt))
            .primary_key(
                Index::create()
                    .col(Snapshots::GameId)
                    .col(Snapshots::EventNo),
            )
            .foreign_key(
                ForeignKey::create()
                    .name("fk_snapshots_game")
                    .from(Snapshots::Table, Snapshots::GameId)
                    .to(Games::Table, Games::Id)
                    .on_delete(ForeignKeyAction::Cascade),
            )
            .to_owned();
        manager.create_table(table).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Snapshots::Table).to_owned())
            .await
    }
}
