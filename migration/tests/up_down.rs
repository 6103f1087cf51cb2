//! Migrations go up and down cleanly on SQLite, and on PostgreSQL when `TEST_DATABASE_URL`
//! is set (in a fresh schema that the test drops at the end).

#![allow(clippy::unwrap_used, reason = "a failed unwrap here is a failed test")]

use migration::{Migrator, MigratorTrait};
use sea_orm_migration::SchemaManager;
use sea_orm_migration::sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};

const TABLES: [&str; 5] = ["users", "games", "game_events", "snapshots", "game_results"];

async fn tables_present(db: &DatabaseConnection) -> Vec<bool> {
    let manager = SchemaManager::new(db);
    let mut present = Vec::new();
    for table in TABLES {
        present.push(manager.has_table(table).await.unwrap());
    }
    present
}

async fn up_down_up(db: &DatabaseConnection) {
    let total = Migrator::migrations().len();
    Migrator::up(db, None).await.unwrap();
    assert_eq!(tables_present(db).await, vec![true; 5]);
    assert_eq!(
        Migrator::get_applied_migrations(db).await.unwrap().len(),
        total
    );
    assert!(
        Migrator::get_pending_migrations(db)
            .await
            .unwrap()
            .is_empty()
    );
    Migrator::status(db).await.unwrap();

    // Up again is a no-op.
    Migrator::up(db, None).await.unwrap();

    // One step down removes only the last table.
    Migrator::down(db, Some(1)).await.unwrap();
    assert_eq!(
        tables_present(db).await,
        vec![true, true, true, true, false]
    );

    Migrator::down(db, None).await.unwrap();
    assert_eq!(tables_present(db).await, vec![false; 5]);
    assert_eq!(
        Migrator::get_pending_migrations(db).await.unwrap().len(),
        total
    );

    Migrator::up(db, None).await.unwrap();
    assert_eq!(tables_present(db).await, vec![true; 5]);
}

#[tokio::test]
async fn sqlite_up_and_down() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(format!(
        "migration-{}.sqlite",
        uuid::Uuid::new_v4().simple()
    ));
    let db = Database::connect(format!("sqlite://{}?mode=rwc", path.display()))
        .await
        .unwrap();
    up_down_up(&db).await;
    db.close().await.unwrap();
    std::fs::remove_file(&path).unwrap();
}

#[tokio::test]
async fn postgres_up_and_down_when_configured() {
    let Ok(url) = std::env::var("TEST_DATABASE_URL") else {
        return;
    };
    let schema = format!("migtest_{}", uuid::Uuid::new_v4().simple());
    let admin = Database::connect(&url).await.unwrap();
    admin
        .execute_unprepared(&format!("CREATE SCHEMA {schema}"))
        .await
        .unwrap();

    let mut options = ConnectOptions::new(&url);
    options.set_schema_search_path(&schema);
    let db = Database::connect(options).await.unwrap();
    up_down_up(&db).await;
    db.close().await.unwrap();

    admin
        .execute_unprepared(&format!("DROP SCHEMA {schema} CASCADE"))
        .await
        .unwrap();
}
