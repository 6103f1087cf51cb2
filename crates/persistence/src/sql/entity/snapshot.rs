//! The `snapshots` table.

use sea_orm::entity::prelude::*;

/// A row of `snapshots`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "snapshots")]
pub struct Model {
    /// The game.
    #[sea_orm(primary_key, auto_increment = false)]
    pub game_id: Uuid,
    /// The last event folded into the state.
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_no: i64,
    /// The state.
    pub state: Json,
    /// When saved.
    pub created_at: DateTimeUtc,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
