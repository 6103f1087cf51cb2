//! Crash safety: a worker process appending batches is killed with SIGKILL at random points,
//! again and again; afterwards every committed batch is whole, numbers run from 1 with no gap,
//! and no partial batch exists.

#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a failed unwrap here is a failed test or benchmark, not a crashed server"
)]

mod common;

use persistence::{EventReader, GameRepository, SqlStore};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

/// A tiny xorshift generator seeded from the clock: kill points differ from run to run.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// Starts a worker, waits until it has committed once, lets it run a random while, kills it.
fn run_and_kill(url: &str, game: &str, rng: &mut Rng) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_append_worker"))
        .args([url, game])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "ready", "worker did not start");
    std::thread::sleep(Duration::from_millis(rng.next(80)));
    child.kill().unwrap(); // SIGKILL on Unix: no destructor, no rollback, no flush.
    child.wait().unwrap();
}

#[test]
fn killed_writers_leave_only_whole_batches() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (url, _path) = common::sqlite_url("crash");
    let game = runtime.block_on(async {
        let store = SqlStore::open(&url).await.unwrap();
        let id = common::game(&store).await;
        store.close().await.unwrap();
        id
    });
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let mut rng = Rng(u64::try_from(seed % u128::from(u64::MAX)).unwrap() | 1);

    let mut sizes = Vec::new();
    for _ in 0..8 {
        run_and_kill(&url, &game.to_string(), &mut rng);
        let last = runtime.block_on(async {
            let store = SqlStore::connect(&url).await.unwrap();
            store.last_event_no(game).await.unwrap()
        });
        sizes.push(last);
    }
    assert!(
        sizes.windows(2).all(|w| w[0] < w[1]),
        "every worker committed more: {sizes:?}"
    );

    runtime.block_on(async {
        let store = SqlStore::connect(&url).await.unwrap();
        let check = Statement::from_string(DbBackend::Sqlite, "PRAGMA integrity_check");
        let row = store
            .connection()
            .query_one_raw(check)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.try_get_by_index::<String>(0).unwrap(), "ok");

        let log = store.load_events(game, 1).await.unwrap();
        let record = store.game(game).await.unwrap().unwrap();
        assert_eq!(
            record.last_event_no,
            log.len() as u64,
            "games.last_event_no matches the log"
        );
        let (mut batch, mut index, mut size, mut first) = (0, 0, 0, 0);
        for (expected_no, event) in (1..).zip(&log) {
            assert_eq!(event.event_no, expected_no, "no gap, no duplicate");
            let field = |name: &str| event.payload[name].as_u64().unwrap();
            if index == size {
                // A new batch starts: the next batch number, from index 0, command id on it.
                (batch, index, size, first) = (batch + 1, 0, field("size"), event.event_no);
                assert_eq!(event.command_id, Some(format!("batch-{batch}")));
            }
            assert_eq!(
                (field("batch"), field("index"), field("size")),
                (batch, index, size)
            );
            assert_eq!(event.batch_first_no, first);
            index += 1;
        }
        assert_eq!(index, size, "the last batch is whole");
        eprintln!(
            "{} events in {batch} whole batches after 8 kills (sizes {sizes:?})",
            log.len()
        );
    });
}
