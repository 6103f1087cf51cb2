//! The `games` table.

use sea_orm::entity::prelude::*;

/// A row of `games`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "games")]
pub struct Model {
    /// The game's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// League preset name.
    pub league: String,
    /// `manual` or `auto`.
    pub mode: String,
    /// `pending`, `active`, `finished` or `abandoned`.
    pub status: String,
    /// Visitors' team id.
    pub away_team_id: i64,
    /// Home team id.
    pub home_team_id: i64,
    /// Visitors' manager.
    pub away_manager_id: Option<i64>,
    /// Home manager.
    pub home_manager_id: Option<i64>,
    /// Rules in force.
    pub rules: Json,
    /// The setup the log starts from.
    pub setup: Json,
    /// The last event's number; the optimistic-concurrency token of appends.
    pub last_event_no: i64,
    /// Creation time.
    pub created_at: DateTimeUtc,
    /// Last change.
    pub updated_at: DateTimeUtc,
    /// End of the game.
    pub finished_at: Option<DateTimeUtc>,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
