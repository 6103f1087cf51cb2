//! One whole auto-played game between league-average teams with the computer manager on both
//! sides (architecture.md target: ≤ 200 µs, ≥ 5,000 games per second per core).
#![allow(missing_docs, clippy::unwrap_used, reason = "a bench crate")]

use criterion::{Criterion, criterion_group, criterion_main};
use engine_core::league::ResultEntry;
use engine_core::manager::ComputerManager;
use engine_core::{GameSetup, Setup};
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let (away, home) = sim::teams::league_average().unwrap();
    let setup = Setup::try_from(GameSetup {
        league: league_config::pd().unwrap(),
        result_entry: Some(ResultEntry::Auto),
        ballpark: None,
        away,
        home,
    })
    .unwrap();
    let manager = ComputerManager::default();
    let mut n = 0u64;
    c.bench_function("auto_game_league_average_computer_managers", |b| {
        b.iter(|| {
            n += 1;
            black_box(
                sim::run::play_game(setup.clone(), n, sim::run::game_seed(1, n), &manager).unwrap(),
            )
        })
    });
}

criterion_group!(sim_benches, benches);
criterion_main!(sim_benches);
