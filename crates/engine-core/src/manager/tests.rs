//! Tests of the computer manager: whole games between two managers, and each policy.

use super::manual::{CARD_DISTRIBUTION, average_rating, card_result};
use super::{ComputerManager, ManagerConfig};
use crate::card_result::CardResult;
use crate::command::{Actor, Change, Command, InfieldDepth, OffenseDecision};
use crate::dice::{Dice, Purpose, Roll, SeededDice};
use crate::game::Game;
use crate::ids::{Base, Half, Position, Side};
use crate::league::{League, ResultEntry};
use crate::ratings::{JUMP_AUTO, RatingKind};
use crate::step::{Choice, Question, Step};
use crate::testing::{Scenario, ScriptedDice, check_invariants, sample_setup, sba_league};

fn league(dh: bool) -> League {
    let mut l = sba_league();
    l.rules.dh = dh;
    l
}

/// Two default managers play a game to the end; every command must be accepted.
fn play(seed: u64, dh: bool, full_ratings: bool) -> Game {
    let setup = sample_setup(league(dh), ResultEntry::Manual, full_ratings);
    let mut game = Game::new(setup);
    let mut dice = SeededDice::new(seed);
    let mut manager_dice = SeededDice::new(seed ^ 0x5eed);
    let manager = ComputerManager::default();
    for _ in 0..20_000 {
        let Some(side) = game.step().side() else {
            break;
        };
        let command = manager
            .command(&game, side, &mut manager_dice)
            .expect("the manager answers its own step");
        let step = game.step().clone();
        if let Err(e) = game.handle(Actor::Team(side), command.clone(), &mut dice) {
            panic!("seed {seed}: {command:?} refused at {step:?}: {e}");
        }
    }
    assert!(game.state().is_over(), "seed {seed}: the game did not end");
    game
}

#[test]
fn five_hundred_games_between_computer_managers() {
    let mut pitching_changes = 0;
    let mut steals = 0;
    for seed in 0..500 {
        let game = play(seed, seed % 2 == 0, seed % 5 != 0);
        check_invariants(&game).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        let replayed = Game::replay(game.setup().clone(), game.events())
            .unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        assert_eq!(
            replayed.state(),
            game.state(),
            "seed {seed}: replay differs"
        );
        pitching_changes += game.state().outings.len() - 2;
        steals += game
            .state()
            .plays
            .iter()
            .filter(|p| p.sb > 0 || p.cs > 0)
            .count();
    }
    assert!(pitching_changes > 500, "tired pitchers were changed");
    assert!(steals < 500, "no steals with average ratings: {steals}");
}

#[test]
fn same_seed_same_game() {
    let a = play(42, false, true);
    let b = play(42, false, true);
    assert_eq!(a.events(), b.events());
    assert_ne!(play(43, false, true).events(), a.events());
}

fn answer(game: &Game, side: Side) -> Command {
    ComputerManager::default()
        .command(game, side, &mut ScriptedDice::new(&[], 2))
        .expect("an answer")
}

/// A scenario in the top of `inning` (the away team bats) at the given step.
fn scenario(dh: bool, bases: &str, outs: u8, inning: u8, step: Step) -> Scenario {
    let mut s = Scenario::new(league(dh), bases, outs);
    let st = s.game.state_mut();
    st.inning = inning;
    st.step = step;
    s
}

const DEFENSE: Step = Step::Defense { side: Side::Home };
const OFFENSE: Step = Step::Offense { side: Side::Away };

fn infield(game: &Game) -> InfieldDepth {
    match answer(game, Side::Home) {
        Command::SetDefense(d) => d.infield,
        other => panic!("expected a defensive decision, got {other:?}"),
    }
}

#[test]
fn infield_in_late_and_close_with_a_runner_on_third() {
    assert_eq!(
        infield(&scenario(true, "3", 1, 8, DEFENSE).game),
        InfieldDepth::In
    );
    assert_eq!(
        infield(&scenario(true, "3", 1, 3, DEFENSE).game),
        InfieldDepth::Normal
    );
    assert_eq!(
        infield(&scenario(true, "3", 2, 8, DEFENSE).game),
        InfieldDepth::Normal
    );
    let mut s = scenario(true, "3", 0, 9, DEFENSE);
    s.game.state_mut().score = [0, 5];
    assert_eq!(infield(&s.game), InfieldDepth::Normal, "not close");
}

fn offense(game: &Game) -> OffenseDecision {
    match answer(game, Side::Away) {
        Command::SetOffense { decision } => decision,
        other => panic!("expected an offensive decision, got {other:?}"),
    }
}

fn set_runner(s: &mut Scenario, base: Base, low: i16, high: i16, jump: i16) {
    let st = s.game.state_mut();
    let runner = st.bases.get(base).expect("a runner").player;
    st.ratings.insert(runner, RatingKind::StealLow, low);
    st.ratings.insert(runner, RatingKind::StealHigh, high);
    st.ratings.insert(runner, RatingKind::StealJump, jump);
}

fn set_catcher_arm(s: &mut Scenario, arm: i16) {
    let st = s.game.state_mut();
    let catcher = st.team(Side::Home).at(Position::C).expect("a catcher");
    st.ratings
        .insert(catcher, RatingKind::Arm(Position::C), arm);
}

#[test]
fn steals_only_with_good_odds() {
    let mut poor = scenario(true, "1", 0, 3, OFFENSE);
    set_runner(&mut poor, Base::First, 3, 6, 0);
    assert_eq!(offense(&poor.game), OffenseDecision::Swing);
    // The sample ratings (8/14, jump 6–9) against an average catcher: about 57 %.
    let sample = scenario(true, "1", 0, 3, OFFENSE);
    assert_eq!(offense(&sample.game), OffenseDecision::Swing);
    let mut fast = scenario(true, "1", 0, 3, OFFENSE);
    set_runner(&mut fast, Base::First, 12, 17, JUMP_AUTO);
    set_catcher_arm(&mut fast, -3);
    assert!(super::steal_odds(&fast.game, Base::First) > 0.95);
    assert_eq!(
        offense(&fast.game),
        OffenseDecision::Steal {
            runners: vec![Base::First]
        }
    );
    // The defense holds him, and the engine accepts the steal.
    let mut d = fast;
    d.game.state_mut().step = DEFENSE;
    let Command::SetDefense(decision) = answer(&d.game, Side::Home) else {
        panic!("a defensive decision");
    };
    assert_eq!(decision.hold, vec![Base::First]);
    let mut dice = SeededDice::new(1);
    d.game
        .handle(
            Actor::Team(Side::Home),
            Command::SetDefense(decision),
            &mut dice,
        )
        .expect("accepted");
    let steal = answer(&d.game, Side::Away);
    d.game
        .handle(Actor::Team(Side::Away), steal, &mut dice)
        .expect("accepted");
}

#[test]
fn tired_pitcher_is_replaced_unless_he_owes_batters() {
    let mut s = scenario(true, "", 0, 7, DEFENSE);
    assert!(matches!(
        answer(&s.game, Side::Home),
        Command::SetDefense(_)
    ));
    s.game
        .state_mut()
        .outing_mut(Side::Home)
        .expect("outing")
        .outs = 18;
    let change = answer(&s.game, Side::Home);
    let Command::Substitute { changes } = &change else {
        panic!("expected a pitching change, got {change:?}");
    };
    assert!(matches!(
        changes[..],
        [Change::Replace {
            position: Position::P,
            ..
        }]
    ));
    s.game
        .state_mut()
        .outing_mut(Side::Home)
        .expect("outing")
        .owes = 1;
    assert!(matches!(
        answer(&s.game, Side::Home),
        Command::SetDefense(_)
    ));
    s.game
        .state_mut()
        .outing_mut(Side::Home)
        .expect("outing")
        .owes = 0;
    s.game
        .handle(Actor::Team(Side::Home), change, &mut SeededDice::new(1))
        .expect("the change is legal");
    assert!(matches!(
        answer(&s.game, Side::Home),
        Command::SetDefense(_)
    ));
    // Six runs tire him too.
    let mut r = scenario(true, "", 0, 2, DEFENSE);
    r.game
        .state_mut()
        .outing_mut(Side::Home)
        .expect("outing")
        .runs = 6;
    assert!(matches!(
        answer(&r.game, Side::Home),
        Command::Substitute { .. }
    ));
}

#[test]
fn sacrifice_situations() {
    // A weak hitter at the bottom of the order (bunting B), late, tied, none out.
    let mut s = scenario(true, "1", 0, 8, OFFENSE);
    s.game.state_mut().team_mut(Side::Away).next_slot = 7;
    assert_eq!(offense(&s.game), OffenseDecision::SacBunt);
    s.game.state_mut().outs = 1;
    assert_eq!(offense(&s.game), OffenseDecision::Swing);
    // Early, or with the middle of the order up: swing.
    let mut early = scenario(true, "1", 0, 3, OFFENSE);
    early.game.state_mut().team_mut(Side::Away).next_slot = 7;
    assert_eq!(offense(&early.game), OffenseDecision::Swing);
    let mid = scenario(true, "1", 0, 8, OFFENSE);
    assert_eq!(offense(&mid.game), OffenseDecision::Swing);
    // A pitcher batting (no DH) bunts the runner over; the defense brings the corners in.
    let mut p = scenario(false, "1", 1, 2, OFFENSE);
    p.game.state_mut().team_mut(Side::Away).next_slot = 8;
    assert_eq!(offense(&p.game), OffenseDecision::SacBunt);
    p.game.state_mut().step = DEFENSE;
    assert_eq!(infield(&p.game), InfieldDepth::CornersIn);
}

#[test]
fn pinch_hitter_for_the_pitcher_late_when_trailing() {
    let mut s = scenario(false, "", 0, 8, OFFENSE);
    s.game.state_mut().team_mut(Side::Away).next_slot = 8;
    assert_eq!(offense(&s.game), OffenseDecision::Swing, "not trailing");
    s.game.state_mut().score = [0, 2];
    let ph = answer(&s.game, Side::Away);
    assert!(
        matches!(&ph, Command::Substitute { changes } if matches!(changes[..], [Change::PinchHitter { .. }]))
    );
    let mut dice = SeededDice::new(3);
    s.game
        .handle(Actor::Team(Side::Away), ph, &mut dice)
        .expect("legal");
    // When the away team takes the field, a reliever replaces the pinch hitter at P.
    let st = s.game.state_mut();
    st.half = Half::Bottom;
    st.bases = crate::bases::Bases::default();
    st.step = Step::Defense { side: Side::Away };
    let change = answer(&s.game, Side::Away);
    assert!(matches!(&change, Command::Substitute { .. }), "{change:?}");
    s.game
        .handle(Actor::Team(Side::Away), change, &mut dice)
        .expect("legal");
    let next = answer(&s.game, Side::Away);
    s.game
        .handle(Actor::Team(Side::Away), next, &mut dice)
        .expect("the alignment is legal again");
}

/// Roll white 1, reds 1-1, split 10 and submit `result`: the game then asks a decision.
fn decision_after(s: &mut Scenario, result: CardResult) -> Step {
    let mut d = ScriptedDice::new(&[1, 1, 1, 10], 10);
    s.game
        .handle(Actor::Team(Side::Away), Command::Roll, &mut d)
        .expect("roll");
    s.game
        .handle(
            Actor::Team(Side::Away),
            Command::SubmitResult { result },
            &mut d,
        )
        .expect("result");
    s.game.step().clone()
}

fn set_running(s: &mut Scenario, base: Base, running: i16) {
    let st = s.game.state_mut();
    let runner = st.bases.get(base).expect("a runner").player;
    st.ratings.insert(runner, RatingKind::Running, running);
}

#[test]
fn send_or_hold_follows_the_odds() {
    // Tag-up from second on a FLYOUT_B, none out: third needs 75 %.
    let mut slow = scenario(true, "2", 0, 3, Step::Roll { side: Side::Away });
    let step = decision_after(&mut slow, CardResult::FlyoutB(Position::CF));
    assert!(matches!(
        step,
        Step::Decision {
            question: Question::Send { .. },
            ..
        }
    ));
    // Running 12 + arm 0 → 60 %: hold.
    assert_eq!(
        answer(&slow.game, Side::Away),
        Command::Decide {
            choice: Choice::Hold
        }
    );
    let mut fast = scenario(true, "2", 0, 3, Step::Roll { side: Side::Away });
    set_running(&mut fast, Base::Second, 17);
    decision_after(&mut fast, CardResult::FlyoutB(Position::CF));
    assert_eq!(
        answer(&fast.game, Side::Away),
        Command::Decide { choice: Choice::Go }
    );
    // Sent: the defense throws (nothing to lose on a tag-up).
    fast.game
        .handle(
            Actor::Team(Side::Away),
            Command::Decide { choice: Choice::Go },
            &mut SeededDice::new(1),
        )
        .expect("go");
    assert_eq!(
        answer(&fast.game, Side::Home),
        Command::Decide {
            choice: Choice::Throw
        }
    );
    // A strong arm (−4) turns the fast runner's 85 % into 65 %: hold.
    let mut arm = scenario(true, "2", 0, 3, Step::Roll { side: Side::Away });
    set_running(&mut arm, Base::Second, 17);
    let st = arm.game.state_mut();
    let cf = st.team(Side::Home).at(Position::CF).expect("cf");
    st.ratings.insert(cf, RatingKind::Arm(Position::CF), -4);
    decision_after(&mut arm, CardResult::FlyoutB(Position::CF));
    assert_eq!(
        answer(&arm.game, Side::Away),
        Command::Decide {
            choice: Choice::Hold
        }
    );
}

#[test]
fn trailing_runner_goes_and_groundball_nine_throw_target() {
    let g = scenario(true, "3", 0, 3, OFFENSE);
    let runner = g
        .game
        .state()
        .bases
        .get(Base::Third)
        .expect("runner")
        .player;
    let ask = |game: &Game, side, question| {
        let mut game = game.clone();
        game.state_mut().step = Step::Decision { side, question };
        answer(&game, side)
    };
    let trail = Question::Trail {
        runner,
        from: Base::First,
        to: Base::Third,
    };
    assert_eq!(
        ask(&g.game, Side::Away, trail),
        Command::Decide { choice: Choice::Go }
    );
    // Running 12, infielder (no arm): 60 % ≥ 55 % → first.
    let target = Question::ThrowTarget { runner };
    assert_eq!(
        ask(&g.game, Side::Home, target),
        Command::Decide {
            choice: Choice::First
        }
    );
    let mut slow = g.game.clone();
    slow.state_mut()
        .ratings
        .insert(runner, RatingKind::Running, 8);
    assert_eq!(
        ask(&slow, Side::Home, target),
        Command::Decide {
            choice: Choice::Home
        }
    );
    // Late and tied: cut the run off at home.
    let mut late = g.game.clone();
    late.state_mut().inning = 9;
    assert_eq!(
        ask(&late, Side::Home, target),
        Command::Decide {
            choice: Choice::Home
        }
    );
}

#[test]
fn every_step_gets_an_answer() {
    let s = scenario(true, "12", 1, 5, OFFENSE);
    let runner = s
        .game
        .state()
        .bases
        .get(Base::First)
        .expect("runner")
        .player;
    let rolls: Vec<Roll> = [
        (Purpose::White, 6, 4),
        (Purpose::Red1, 6, 3),
        (Purpose::Red2, 6, 5),
        (Purpose::Split, 20, 17),
    ]
    .into_iter()
    .map(|(purpose, sides, value)| Roll {
        purpose,
        sides,
        value,
    })
    .collect();
    let steps = [
        (Side::Home, DEFENSE),
        (Side::Away, OFFENSE),
        (Side::Away, Step::Roll { side: Side::Away }),
        (
            Side::Home,
            Step::CardResult {
                side: Side::Home,
                dice: rolls,
                read_batter_card: false,
            },
        ),
        (
            Side::Away,
            Step::Rating {
                side: Side::Away,
                player: runner,
                kind: RatingKind::Running,
            },
        ),
        (
            Side::Away,
            Step::Decision {
                side: Side::Away,
                question: Question::Send {
                    runner,
                    from: Base::First,
                    to: Base::Third,
                },
            },
        ),
        (
            Side::Home,
            Step::Decision {
                side: Side::Home,
                question: Question::Throw {
                    runner,
                    to: Base::Third,
                },
            },
        ),
        (
            Side::Away,
            Step::Decision {
                side: Side::Away,
                question: Question::Trail {
                    runner,
                    from: Base::First,
                    to: Base::Third,
                },
            },
        ),
        (
            Side::Home,
            Step::Decision {
                side: Side::Home,
                question: Question::ThrowTarget { runner },
            },
        ),
    ];
    let manager = ComputerManager::new(ManagerConfig::default());
    let mut dice = SeededDice::new(9);
    for (side, step) in steps {
        let mut game = s.game.clone();
        game.state_mut().step = step.clone();
        assert_eq!(
            manager.command(&game, side.other(), &mut dice),
            None,
            "not {side:?}'s turn"
        );
        let command = manager.command(&game, side, &mut dice).expect("an answer");
        assert!(
            step.allowed().contains(&command.name()),
            "{command:?} at {step:?}"
        );
    }
    let mut over = s.game.clone();
    over.state_mut().step = Step::GameOver;
    over.state_mut().ending = Some(crate::state::Ending::Completed);
    assert_eq!(manager.command(&over, Side::Home, &mut dice), None);
}

#[test]
fn league_average_card_and_ratings_are_legal() {
    assert_eq!(
        CARD_DISTRIBUTION
            .iter()
            .map(|(w, _)| u32::from(*w))
            .sum::<u32>(),
        1000
    );
    let mut counts = std::collections::BTreeMap::new();
    for white in 1..=6 {
        for red1 in 1..=6 {
            for red2 in 1..=6 {
                for split in 1..=20 {
                    let rolls = [
                        (Purpose::White, 6, white),
                        (Purpose::Red1, 6, red1),
                        (Purpose::Red2, 6, red2),
                        (Purpose::Split, 20, split),
                    ]
                    .map(|(purpose, sides, value)| Roll {
                        purpose,
                        sides,
                        value,
                    });
                    let r = card_result(&rolls);
                    assert!(r.fielder_is_valid(), "{r:?}");
                    *counts
                        .entry(
                            crate::plate_appearance::result_code(r)
                                .split('(')
                                .next()
                                .unwrap_or("")
                                .to_string(),
                        )
                        .or_insert(0u32) += 1;
                }
            }
        }
    }
    let strikeouts = counts["STRIKEOUT"];
    assert!(
        (800..=930).contains(&strikeouts),
        "{strikeouts} strikeouts in 4320"
    );
    assert!(counts.contains_key("X_CHECK") && counts.contains_key("HOMERUN"));
    let l = sba_league();
    let kinds = [
        RatingKind::Running,
        RatingKind::StealLow,
        RatingKind::StealHigh,
        RatingKind::StealJump,
        RatingKind::Bunting,
        RatingKind::HitAndRun,
        RatingKind::WildPitch,
        RatingKind::Balk,
        RatingKind::Hold,
        RatingKind::Pickoff,
        RatingKind::StarterEndurance,
        RatingKind::ReliefEndurance,
        RatingKind::PassedBall,
    ];
    let per_position = Position::FIELD.into_iter().flat_map(|p| {
        [
            RatingKind::Range(p),
            RatingKind::Error(p),
            RatingKind::Arm(p),
        ]
    });
    for kind in kinds.into_iter().chain(per_position) {
        assert!(kind.range().contains(&average_rating(&l, kind)), "{kind:?}");
    }
}

#[test]
fn managers_dice_only_drive_the_occasional_plays() {
    // A hit-and-run by a B-grade hitter happens only when the manager's die says so.
    let s = scenario(true, "1", 0, 3, OFFENSE);
    let m = ComputerManager::default();
    let with = |v: u8| m.command(&s.game, Side::Away, &mut ScriptedDice::new(&[v], v));
    assert_eq!(
        with(1),
        Some(Command::SetOffense {
            decision: OffenseDecision::HitAndRun
        })
    );
    assert_eq!(
        with(2),
        Some(Command::SetOffense {
            decision: OffenseDecision::Swing
        })
    );
    let quiet = ComputerManager::new(ManagerConfig {
        hit_and_run_one_in: 0,
        ..ManagerConfig::default()
    });
    let mut d: Box<dyn Dice> = Box::new(ScriptedDice::new(&[], 1));
    assert_eq!(
        quiet.command(&s.game, Side::Away, &mut *d),
        Some(Command::SetOffense {
            decision: OffenseDecision::Swing
        })
    );
}
