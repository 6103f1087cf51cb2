//! Test helper for the crash test (`tests/crash.rs`), not a product binary: appends batches
//! of marker events to one game in a SQLite (or PostgreSQL) database, forever, until killed.
//!
//! Usage: `append_worker <database-url> <game-id>`. Batch `b` holds `1 + b % 5` events
//! `{"type": "marker", "batch": b, "index": i, "size": n}`, numbered on from the log's end,
//! so a restarted worker carries on where the last committed batch stopped. Prints `ready`
//! once its first batch is committed.

use persistence::{Batch, EventAppender, EventReader, GameId, NewEvent, SqlStore, StoreError};
use serde_json::json;
use std::io::Write;

/// The batch number and size of the last committed batch (0 when the log is empty).
async fn last_batch(store: &SqlStore, game_id: GameId) -> Result<(u64, u64), StoreError> {
    let last = store.last_event_no(game_id).await?;
    let Some(event) = store.load_events(game_id, last.max(1)).await?.pop() else {
        return Ok((0, last));
    };
    let batch = event
        .payload
        .get("batch")
        .and_then(serde_json::Value::as_u64)
        .unwrap_or(0);
    Ok((batch, last))
}

fn markers(batch: u64) -> Batch {
    let size = 1 + batch % 5;
    let events = (0..size)
        .map(|index| NewEvent {
            kind: "marker".into(),
            version: 1,
            payload: json!({ "type": "marker", "batch": batch, "index": index, "size": size }),
        })
        .collect();
    Batch {
        command_id: Some(format!("batch-{batch}")),
        actor: Some("worker".into()),
        events,
    }
}

async fn run(url: &str, game_id: GameId) -> Result<(), StoreError> {
    let store = SqlStore::connect(url).await?;
    let (mut batch, mut last) = last_batch(&store, game_id).await?;
    let mut announced = false;
    loop {
        batch += 1;
        last = store.append(game_id, last, &markers(batch)).await?.last;
        if !announced {
            println!("ready");
            let _ = std::io::stdout().flush();
            announced = true;
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(url), Some(game)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: append_worker <database-url> <game-id>");
        return std::process::ExitCode::from(2);
    };
    let Ok(game_id) = game.parse().map(GameId) else {
        eprintln!("not a game id: {game}");
        return std::process::ExitCode::from(2);
    };
    match run(url, game_id).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("append_worker: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}
