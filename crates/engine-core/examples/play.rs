//! Play one game between the sample teams with random legal commands (manual mode, random card
//! results) and print the line score, the box score and the pitcher decisions.
#![allow(
    clippy::print_stdout,
    clippy::expect_used,
    reason = "an example program"
)]

use engine_core::box_score::box_score;
use engine_core::league::ResultEntry;
use engine_core::testing::{play_random_game, sample_setup};
use engine_core::{SeededDice, Side};

fn main() {
    let seed: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(2026);
    let league = league_config::sba().expect("the SBA preset loads");
    let setup = sample_setup(league, ResultEntry::Manual, true);
    let game = play_random_game(setup, &mut SeededDice::new(seed), 50_000);
    let state = game.state();
    println!(
        "seed {seed}: {} events, {} plays, ending {:?}",
        game.events().len(),
        state.plays.len(),
        state.ending
    );
    let b = box_score(&game);
    for side in Side::BOTH {
        let t = b.team(side);
        let line: Vec<String> = t.line.iter().map(u16::to_string).collect();
        println!(
            "{:<4} {}  R {} H {} E {} LOB {}",
            t.name,
            line.join(" "),
            t.runs,
            t.hits,
            t.errors,
            t.lob
        );
    }
    for side in Side::BOTH {
        let t = b.team(side);
        println!("\n{} batting: player AB R H RBI BB SO", t.name);
        for l in &t.batting {
            println!(
                "  {:>5} {:>2} {:>2} {:>2} {:>2} {:>2} {:>2}",
                l.player.0, l.ab, l.r, l.h, l.rbi, l.bb, l.so
            );
        }
        println!("{} pitching: player IP H R ER BB SO HR BF dec", t.name);
        for p in &t.pitching {
            println!(
                "  {:>5} {:>4} {:>2} {:>2} {:>2} {:>2} {:>2} {:>2} {:>2} {:?}",
                p.player.0,
                p.ip(),
                p.h,
                p.r,
                p.er,
                p.bb,
                p.so,
                p.hr,
                p.bf,
                p.decision
            );
        }
        let (l, r) = t.proof();
        println!("box-score proof: {l} = {r}");
    }
}
