//! Bad rows written behind the store's back (raw SQL) give typed errors naming the game and
//! the event, never a panic; and the SQLite connection has the durability settings we rely on.

#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a failed unwrap here is a failed test or benchmark, not a crashed server"
)]

mod common;

use common::{Toy, ToyEvent, game, toy_events};
use persistence::{Batch, EventAppender, EventReader, GameId, SqlStore, StoreError, rebuild};
use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};

/// Inserts event 2 with a raw payload, bypassing every check.
async fn insert_raw(store: &SqlStore, id: GameId, kind: &str, payload: &str) {
    let db = store.connection();
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "INSERT INTO game_events (game_id, event_no, batch_first_no, kind, version, payload, created_at) \
             VALUES ($1, 2, 2, $2, 1, CAST($3 AS jsonb), $4)"
        }
        _ => {
            "INSERT INTO game_events (game_id, event_no, batch_first_no, kind, version, payload, created_at) \
             VALUES (?, 2, 2, ?, 1, ?, ?)"
        }
    };
    let values: Vec<Value> = vec![
        id.0.into(),
        kind.into(),
        payload.into(),
        chrono::Utc::now().into(),
    ];
    db.execute_raw(Statement::from_sql_and_values(backend, sql, values))
        .await
        .unwrap();
    let bump = Statement::from_sql_and_values(
        backend,
        match backend {
            DbBackend::Postgres => "UPDATE games SET last_event_no = 2 WHERE id = $1",
            _ => "UPDATE games SET last_event_no = 2 WHERE id = ?",
        },
        vec![id.0.into()],
    );
    db.execute_raw(bump).await.unwrap();
}

async fn corrupt_payloads_are_typed_errors(store: SqlStore) {
    let mut cases = vec![
        ("mystery", r#"{"type": "mystery"}"#, "unknown variant"),
        (
            "scored",
            r#"{"type": "scored", "side": "left"}"#,
            "invalid type",
        ),
        (
            "out",
            r#"{"type": "scored", "side": 0, "runs": 1, "dice": [1, 2, 3]}"#,
            "payload is a `scored` event",
        ),
    ];
    if store.connection().get_database_backend() == DbBackend::Sqlite {
        cases.push(("scored", "not json {", "payload is not JSON"));
    }
    for (kind, payload, why) in cases {
        let id = game(&store).await;
        store
            .append(id, 0, &Batch::of(&toy_events(1)).unwrap())
            .await
            .unwrap();
        insert_raw(&store, id, kind, payload).await;
        let err = rebuild(&store, id, Toy::default, Toy::apply)
            .await
            .unwrap_err();
        let StoreError::CorruptEvent {
            game_id,
            event_no,
            kind: k,
            reason,
        } = &err
        else {
            panic!("{err:?}");
        };
        assert_eq!((*game_id, *event_no, k.as_str()), (id, 2, kind));
        assert!(reason.contains(why), "{reason}");
        assert!(
            err.to_string()
                .starts_with(&format!("game {id} event 2 (`{kind}`)")),
            "{err}"
        );

        // The log stays readable up to the bad event, and appends go on after it.
        match store.load_events(id, 1).await {
            Ok(log) => assert_eq!(log[0].decode::<ToyEvent>().unwrap(), toy_events(1)[0]),
            // Text that is not JSON fails the load itself, still naming the event.
            Err(err) => assert!(
                matches!(err, StoreError::CorruptEvent { event_no: 2, .. }),
                "{err:?}"
            ),
        }
        assert_eq!(
            store
                .append(id, 2, &Batch::of(&toy_events(1)).unwrap())
                .await
                .unwrap()
                .last,
            3
        );
    }
}

#[tokio::test]
async fn sqlite_corrupt_payloads() {
    corrupt_payloads_are_typed_errors(common::sqlite().await).await;
}

#[tokio::test]
async fn postgres_corrupt_payloads() {
    if let Some(store) = common::postgres().await {
        corrupt_payloads_are_typed_errors(store).await;
    }
}

#[tokio::test]
async fn sqlite_runs_in_wal_with_full_sync_and_creates_its_directory() {
    let (url, path) = common::sqlite_url("pragmas");
    let nested = path
        .parent()
        .unwrap()
        .join(format!("new-{}", uuid::Uuid::new_v4().simple()));
    let url = url.replace(
        path.parent().unwrap().to_str().unwrap(),
        nested.to_str().unwrap(),
    );
    let store = SqlStore::open(&url).await.unwrap();
    assert!(nested.is_dir());
    let db = store.connection();
    let pragma = |name: &'static str| async move {
        let row = db
            .query_one_raw(Statement::from_string(
                DbBackend::Sqlite,
                format!("PRAGMA {name}"),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get_by_index::<String>(0)
            .or_else(|_| row.try_get_by_index::<i64>(0).map(|n| n.to_string()))
            .unwrap()
    };
    assert_eq!(pragma("journal_mode").await, "wal");
    assert_eq!(pragma("synchronous").await, "2", "FULL");
    assert_eq!(pragma("foreign_keys").await, "1");
    assert_eq!(pragma("busy_timeout").await, "5000");
    store.close().await.unwrap();
}

#[tokio::test]
async fn in_memory_sqlite_works() {
    let store = SqlStore::open("sqlite::memory:").await.unwrap();
    let id = game(&store).await;
    assert_eq!(
        store
            .append(id, 0, &Batch::of(&toy_events(3)).unwrap())
            .await
            .unwrap()
            .last,
        3
    );
}
