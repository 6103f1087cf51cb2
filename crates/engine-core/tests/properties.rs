//! Property tests over random legal command sequences (rules §1, §12, §13): never more than
//! three outs, no base holds two runners, runners conserved, runs equal crossings of the plate,
//! the box-score proof, same seed → same game, replay of the events → same state.

#![allow(clippy::expect_used, reason = "a test crate: a panic is a failed test")]

use engine_core::box_score::box_score;
use engine_core::league::ResultEntry;
use engine_core::state::Ending;
use engine_core::testing::{check_invariants, play_random_game, random_command, sample_setup};
use engine_core::{Dice, Game, SeededDice};
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

/// Any command at all, legal or not: random kind, random players (ours, the other team's,
/// unknown), random bases, results, ratings and choices.
fn arbitrary_command(
    d: &mut SeededDice,
    game: &Game,
) -> (engine_core::Actor, engine_core::Command) {
    use engine_core::{
        Actor, Base, Change, Choice, Command, OffenseDecision, PlayerId, Position, RatingKind, Side,
    };
    let players: Vec<PlayerId> = game
        .setup()
        .raw()
        .away
        .players
        .iter()
        .chain(&game.setup().raw().home.players)
        .map(|p| p.id)
        .chain([PlayerId(9999)])
        .collect();
    let player = |d: &mut SeededDice| players[usize::from(d.roll(players.len() as u8) - 1)];
    let pos = |d: &mut SeededDice| {
        Position::FIELD
            .into_iter()
            .chain([Position::DH])
            .nth(usize::from(d.roll(10) - 1))
            .unwrap_or(Position::P)
    };
    let base = |d: &mut SeededDice| {
        [Base::First, Base::Second, Base::Third, Base::Home][usize::from(d.roll(4) - 1)]
    };
    let actor = match d.roll(5) {
        1 => Actor::Admin,
        2 | 3 => Actor::Team(Side::Away),
        _ => Actor::Team(Side::Home),
    };
    let command = match d.roll(12) {
        1 => Command::Substitute {
            changes: (0..d.roll(3))
                .map(|_| match d.roll(4) {
                    1 => Change::PinchHitter {
                        out: player(d),
                        sub: player(d),
                    },
                    2 => Change::PinchRunner {
                        out: player(d),
                        sub: player(d),
                    },
                    3 => Change::Replace {
                        out: player(d),
                        sub: player(d),
                        position: pos(d),
                    },
                    _ => Change::Move {
                        player: player(d),
                        position: pos(d),
                    },
                })
                .collect(),
        },
        2 => Command::SetDefense(engine_core::DefenseDecision {
            hold: vec![base(d)],
            intentional_walk: d.roll(4) == 1,
            ..Default::default()
        }),
        3 => Command::SetOffense {
            decision: match d.roll(6) {
                1 => OffenseDecision::Steal {
                    runners: vec![base(d), base(d)],
                },
                2 => OffenseDecision::HitAndRun,
                3 => OffenseDecision::SacBunt,
                4 => OffenseDecision::Squeeze,
                5 => OffenseDecision::BuntForHit,
                _ => OffenseDecision::Swing,
            },
        },
        4 => Command::Roll,
        5 => Command::SubmitResult {
            result: engine_core::testing::random_result(d),
        },
        6 => Command::EnterRating {
            player: player(d),
            kind: [
                RatingKind::Running,
                RatingKind::Range(pos(d)),
                RatingKind::Hold,
            ][usize::from(d.roll(3) - 1)],
            value: i16::from(d.roll(40)) - 20,
        },
        7 => Command::Decide {
            choice: [
                Choice::Go,
                Choice::Hold,
                Choice::Throw,
                Choice::Concede,
                Choice::Home,
                Choice::First,
            ][usize::from(d.roll(6) - 1)],
        },
        8 => Command::Dispute,
        9 => Command::Undo,
        10 if d.roll(50) == 1 => Command::Concede,
        _ => Command::Roll,
    };
    (actor, command)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// Hostile input: arbitrary commands from arbitrary actors never panic, a refused one
    /// changes nothing, and whatever was accepted replays to the same state.
    #[test]
    fn arbitrary_commands_never_panic_and_refusals_change_nothing(seed in any::<u64>(), dh in any::<bool>()) {
        let setup = sample_setup(league(dh), ResultEntry::Manual, seed % 2 == 0);
        let mut game = Game::new(setup);
        let mut dice = SeededDice::new(seed);
        let mut chooser = SeededDice::new(seed ^ 0xBAD);
        for _ in 0..1500 {
            if game.state().is_over() {
                break;
            }
            // Mostly legal play (so the game moves on), with hostile commands in between.
            let (actor, command) = if chooser.roll(3) == 1 {
                match random_command(&game, &mut chooser) {
                    Some(c) => c,
                    None => break,
                }
            } else {
                arbitrary_command(&mut chooser, &game)
            };
            let before = game.state().clone();
            let events = game.events().len();
            if game.handle(actor, command, &mut dice).is_err() {
                prop_assert_eq!(game.state(), &before);
                prop_assert_eq!(game.events().len(), events);
            }
            if let Err(e) = check_invariants(&game) {
                prop_assert!(false, "{e}");
            }
        }
        let replayed = Game::replay(game.setup().clone(), game.events()).expect("replays");
        prop_assert_eq!(replayed.state(), game.state());
    }
}
