//! Opening a connection pool: SQLite pragmas and directory, PostgreSQL schema.

use crate::error::StoreError;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use std::path::Path;
use std::time::Duration;

/// The default database: a SQLite file under `./data`, created on first use.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://./data/game.sqlite?mode=rwc";

/// How long a SQLite writer waits for the lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

pub(crate) async fn connect(
    url: &str,
    schema: Option<&str>,
) -> Result<DatabaseConnection, StoreError> {
    let mut options = ConnectOptions::new(url);
    options.sqlx_logging(false);
    if let Some(path) = sqlite_path(url) {
        prepare_sqlite(url, path, &mut options)?;
    } else if let Some(schema) = schema {
        options.set_schema_search_path(schema);
    }
    tracing::debug!(url = %redact(url), "connecting to database");
    Ok(Database::connect(options).await?)
}

fn prepare_sqlite(url: &str, path: &str, options: &mut ConnectOptions) -> Result<(), StoreError> {
    if is_memory(url, path) {
        // Every connection to an in-memory database is a different database.
        options.max_connections(1);
    } else if let Some(dir) = Path::new(path)
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
            url: url.to_owned(),
            reason: format!("cannot create {}: {e}", dir.display()),
        })?;
    }
    options.map_sqlx_sqlite_opts(|o| {
        o.journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(BUSY_TIMEOUT)
            .foreign_keys(true)
    });
    Ok(())
}

/// The file path of a SQLite URL, or `None` for another backend.
fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    Some(rest.split('?').next().unwrap_or(rest))
}

fn is_memory(url: &str, path: &str) -> bool {
    path.is_empty() || path == ":memory:" || url.contains("mode=memory")
}

/// The URL with any password replaced, for logs and errors.
pub(crate) fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.find(':') {
                Some(colon) => format!("{}:***{}", &url[..scheme + 3 + colon], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_paths() {
        assert_eq!(
            sqlite_path(DEFAULT_DATABASE_URL),
            Some("./data/game.sqlite")
        );
        assert_eq!(sqlite_path("sqlite::memory:"), Some(":memory:"));
        assert_eq!(sqlite_path("postgres://u@h/db"), None);
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
    }
}
