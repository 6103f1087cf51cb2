//! `game_events`: the append-only log. Unique `(game_id, event_no)` (the primary key) keeps
//! numbers gap- and duplicate-free; unique `(game_id, command_id)` makes client retries
//! idempotent. A batch's command id sits on its first event only; `batch_first_no` ties the
//! other events of the batch to it.

use crate::m20260101_000002_create_games::Games;
use sea_orm_migration::{prelude::*, schema::*};

/// Creates `game_events`.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Table and column names of `game_events`.
#[derive(DeriveIden)]
enum GameEvents {
    Table,
    GameId,
    EventNo,
    BatchFirstNo,
    Kind,
    Version,
    Payload,
    Actor,
    CommandId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(GameEvents::Table)
            .col(uuid(GameEvents::GameId))
            .col(big_integer(GameEvents::EventNo))
            .col(big_integer(GameEvents::BatchFirstNo))
            .col(string_len(GameEvents::Kind, 64))
            .col(integer(GameEvents::Version))
            .col(json_binary(GameEvents::Payload))
            .col(string_len_null(GameEvents::Actor, 64))
            .col(string_len_null(GameEvents::CommandId, 128))
            .col(timestamp_with_time_zone(GameEvents::CreatedAt))
            .primary_key(
                Index::create()
                    .col(GameEvents::GameId)
                    .col(GameEvents::EventNo),
            )
            .foreign_key(
                ForeignKey::create()
                    .name("fk_game_events_game")
                    .from(GameEvents::Table, GameEvents::GameId)
                    .to(Games::Table, Games::Id)
                    .on_delete(ForeignKeyAction::Cascade),
            )
            .to_owned();
        manager.create_table(table).await?;
        let command = Index::create()
            .name("uq_game_events_command")
            .table(GameEvents::Table)
            .col(GameEvents::GameId)
            .col(GameEvents::CommandId)
            .unique()
            .to_owned();
        manager.create_index(command).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(GameEvents::Table).to_owned())
            .await
    }
}
