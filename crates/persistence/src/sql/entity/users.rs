//! The `users` table.

use sea_orm::entity::prelude::*;

/// A row of `users`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    /// Our id.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The Discord snowflake (unique).
    #[sea_orm(unique)]
    pub discord_id: String,
    /// Display name.
    pub name: String,
    /// Avatar.
    pub avatar: Option<String>,
    /// First sign-in.
    pub created_at: DateTimeUtc,
    /// Latest sign-in.
    pub last_seen_at: DateTimeUtc,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
