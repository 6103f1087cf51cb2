//! The `game_results` table.

use sea_orm::entity::prelude::*;

/// A row of `game_results`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "game_results")]
pub struct Model {
    /// The game.
    #[sea_orm(primary_key, auto_increment = false)]
    pub game_id: Uuid,
    /// Visitors' runs.
    pub away_score: i32,
    /// Home runs.
    pub home_score: i32,
    /// Box score.
    pub box_score: Json,
    /// End of the game.
    pub finished_at: DateTimeUtc,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
