//! The `game_events` table: the log.

use sea_orm::entity::prelude::*;

/// A row of `game_events`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "game_events")]
pub struct Model {
    /// The game.
    #[sea_orm(primary_key, auto_increment = false)]
    pub game_id: Uuid,
    /// The event's number, from 1.
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_no: i64,
    /// The first number of the batch this event was appended in.
    pub batch_first_no: i64,
    /// Event kind.
    pub kind: String,
    /// Payload version.
    pub version: i32,
    /// The payload, dice included.
    pub payload: Json,
    /// Who caused it.
    pub actor: Option<String>,
    /// Client command id (first event of a batch only).
    pub command_id: Option<String>,
    /// Commit time.
    pub created_at: DateTimeUtc,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
