//! [`SqlStore`]: the store on SQLite or PostgreSQL through SeaORM.
//!
//! One implementation serves both backends; the few differences (SQLite pragmas, the
//! PostgreSQL schema search path) live in `connect.rs`. Appends run in one transaction that
//! first bumps `games.last_event_no` from the expected value (the optimistic-concurrency
//! check, which also takes the write lock) and then inserts the batch.

mod connect;
mod convert;
mod entity;
mod events;
mod games;
mod group;
mod users;
mod write;

pub use connect::DEFAULT_DATABASE_URL;

use crate::error::StoreError;
use sea_orm::DatabaseConnection;

/// A store on a SQL database. Cheap to clone (a connection pool inside).
#[derive(Clone, Debug)]
pub struct SqlStore {
    db: DatabaseConnection,
}

impl SqlStore {
    /// Connects to `url` (`sqlite://…` or `postgres://…`) without running migrations.
    /// SQLite runs in WAL mode with `synchronous=FULL`, foreign keys on and a busy timeout;
    /// the directory of a SQLite file is created if missing.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Ok(SqlStore {
            db: connect::connect(url, None).await?,
        })
    }

    /// Connects to PostgreSQL with `search_path` set to `schema` (ignored on SQLite).
    pub async fn connect_in_schema(url: &str, schema: &str) -> Result<Self, StoreError> {
        Ok(SqlStore {
            db: connect::connect(url, Some(schema)).await?,
        })
    }

    /// Connects and applies every pending migration: what the server does at start-up.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        let store = Self::connect(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Wraps an existing connection.
    #[must_use]
    pub fn from_connection(db: DatabaseConnection) -> Self {
        SqlStore { db }
    }

    /// Applies every pending migration.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        use migration::MigratorTrait;
        migration::Migrator::up(&self.db, None).await?;
        Ok(())
    }

    /// The underlying connection, for readiness checks and tests.
    #[must_use]
    pub fn connection(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Closes the pool, waiting for connections to finish.
    pub async fn close(self) -> Result<(), StoreError> {
        Ok(self.db.close().await?)
    }
}
