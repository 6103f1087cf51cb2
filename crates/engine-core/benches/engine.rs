//! Benchmarks: one plate appearance, one whole game driven by random legal commands, and the
//! replay of a whole game's log (architecture.md targets).
#![allow(missing_docs, clippy::expect_used, reason = "a bench crate")]

use criterion::{Criterion, criterion_group, criterion_main};
use engine_core::league::ResultEntry;
use engine_core::testing::{Scenario, play_random_game, sample_setup};
use engine_core::{CardResult, Game, Position, SeededDice};
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let league = league_config::sba().expect("preset");
    let base = Scenario::new(league.clone(), "1", 0);
    c.bench_function("plate_appearance_groundball_a_runner_on_first", |b| {
        b.iter(|| {
            let mut s = Scenario {
                game: base.game.clone(),
            };
            black_box(s.play(CardResult::GroundballA(Position::SS), &[], &[]))
        })
    });
    let setup = sample_setup(league.clone(), ResultEntry::Manual, true);
    let mut seed = 0u64;
    c.bench_function("whole_game_random_legal_commands", |b| {
        b.iter(|| {
            seed += 1;
            black_box(play_random_game(
                setup.clone(),
                &mut SeededDice::new(seed),
                20_000,
            ))
        })
    });
    let game = play_random_game(setup.clone(), &mut SeededDice::new(7), 20_000);
    println!(
        "replayed game: {} events, {} plays",
        game.events().len(),
        game.state().plays.len()
    );
    c.bench_function("replay_whole_game_log", |b| {
        b.iter(|| black_box(Game::replay(setup.clone(), game.events()).expect("replays")))
    });
}

criterion_group!(engine, benches);
criterion_main!(engine);
