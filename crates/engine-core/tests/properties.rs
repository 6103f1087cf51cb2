//! Property tests over random legal command sequences (rules §1, §12, §13): never more than
//! three outs, no base holds two runners, runners conserved, runs equal crossings of the plate,
//! the box-score proof, same seed → same game, replay of the events → same state.

#![allow(clippy::expect_used, reason = "a test crate: a panic is a failed test")]

use engine_core::box_score::box_score;
use engine_core::league::ResultEntry;
use engine_core::state::Ending;
use engine_core::testing::{check_invariants, play_random_game, random_command, sample_setup};
use engine_core::{Game, SeededDice};
use proptest::prelude::*;

fn league(dh: bool) -> engine_core::League {
    let mut l = league_config::sba().expect("the SBA preset loads");
    l.rules.dh = dh;
    l
}

fn game(seed: u64, dh: bool, full: bool) -> Game {
    let setup = sample_setup(league(dh), ResultEntry::Manual, full);
    play_random_game(setup, &mut SeededDice::new(seed), 20_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_after_every_event(seed in any::<u64>(), dh in any::<bool>()) {
        let setup = sample_setup(league(dh), ResultEntry::Manual, seed % 2 == 0);
        let mut dice = SeededDice::new(seed);
        let mut picker = SeededDice::new(seed ^ 0xABCD);
        let mut game = Game::new(setup);
        for _ in 0..20_000 {
            let Some((actor, command)) = random_command(&game, &mut picker) else { break };
            if game.handle(actor, command.clone(), &mut dice).is_err() {
                prop_assert!(matches!(command, engine_core::Command::Dispute), "refused: {command:?}");
            }
            if let Err(e) = check_invariants(&game) {
                prop_assert!(false, "{e}");
            }
        }
        prop_assert!(game.state().is_over(), "the game did not finish");
    }

    #[test]
    fn box_score_proof_holds_for_both_teams(seed in any::<u64>(), dh in any::<bool>()) {
        let g = game(seed, dh, true);
        prop_assume!(g.state().is_over());
        prop_assume!(!matches!(g.state().ending, Some(Ending::Conceded { .. })));
        let b = box_score(&g);
        for (name, team) in [("away", &b.away), ("home", &b.home)] {
            let (left, right) = team.proof();
            prop_assert_eq!(left, right, "{} proof fails", name);
        }
    }

    #[test]
    fn same_seed_same_game(seed in any::<u64>()) {
        let a = game(seed, true, false);
        let b = game(seed, true, false);
        prop_assert_eq!(a.events(), b.events());
        prop_assert_eq!(a.state(), b.state());
    }

    #[test]
    fn replay_gives_the_same_state(seed in any::<u64>(), dh in any::<bool>()) {
        let g = game(seed, dh, seed % 3 == 0);
        let replayed = Game::replay(g.setup().clone(), g.events()).expect("the log replays");
        prop_assert_eq!(replayed.state(), g.state());
        // And through JSON, as persistence stores it.
        let json = serde_json::to_string(g.events()).expect("events serialize");
        let events: Vec<engine_core::Event> = serde_json::from_str(&json).expect("events deserialize");
        let from_json = Game::replay(g.setup().clone(), &events).expect("the JSON log replays");
        prop_assert_eq!(from_json.state(), g.state());
    }
}
