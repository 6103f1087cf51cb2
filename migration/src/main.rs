//! The migration command line: `cargo run -p migration -- up|down|status|fresh|refresh|reset`.
//!
//! Reads `DATABASE_URL` (and `DATABASE_SCHEMA` on PostgreSQL) from the environment or a
//! `.env` file. For a SQLite file that may not exist yet, add `?mode=rwc` to the URL.

use sea_orm_migration::prelude::*;

#[tokio::main]
async fn main() {
    cli::run_cli(migration::Migrator).await;
}
