//! SeaORM migrations for the game server's database, in the sea-orm-cli layout.
//!
//! The schema holds five tables: `users`, `games`, `game_events` (the append-only,
//! event-sourced log that is the truth about every game), `snapshots` (an optimisation only)
//! and `game_results`. Run them from code with `Migrator::up(&db, None)` or from the command
//! line with `cargo run -p migration -- up|down|status` (reads `DATABASE_URL`).

pub use sea_orm_migration::prelude::*;

mod m20260101_000001_create_users;
mod m20260101_000002_create_games;
mod m20260101_000003_create_game_events;
mod m20260101_000004_create_snapshots;
mod m20260101_000005_create_game_results;

/// The ordered list of every migration of this workspace.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20260101_000001_create_users::Migration),
            Box::new(m20260101_000002_create_games::Migration),
            Box::new(m20260101_000003_create_game_events::Migration),
            Box::new(m20260101_000004_create_snapshots::Migration),
            Box::new(m20260101_000005_create_game_results::Migration),
        ]
    }
}
