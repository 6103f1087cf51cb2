//! `users`: one row per Discord account that has signed in.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates `users` with a unique Discord id.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Table and column names of `users`.
#[derive(DeriveIden)]
pub(crate) enum Users {
    Table,
    Id,
    DiscordId,
    Name,
    Avatar,
    CreatedAt,
    LastSeenAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(Users::Table)
            .col(big_pk_auto(Users::Id))
            .col(string_len_uniq(Users::DiscordId, 32))
            .col(string_len(Users::Name, 100))
            .col(string_len_null(Users::Avatar, 255))
            .col(timestamp_with_time_zone(Users::CreatedAt))
            .col(timestamp_with_time_zone(Users::LastSeenAt))
            .to_owned();
        manager.create_table(table).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Users::Table).to_owned())
            .await
    }
}
