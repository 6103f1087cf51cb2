//! Unit tests of single rules through the public command path: flyball types (rules §5.2),
//! walk-off run limiting (§12), caught stealing for the third out (§2.4), the DH loss and the
//! reliever minimum (§10), X-chart lines (§7), the chaos check (§8.3), fatigue (§11),
//! corrections (§14) and setup validation.

use crate::card_result::CardResult as C;
use crate::command::{Actor, Change, Command, OffenseDecision};
use crate::ids::{Half, Position::*, Side};
use crate::league::{ErrorSize, RangeResult};
use crate::play_record::PlayRecord;
use crate::step::{Choice, Step};
use crate::testing::{Scenario, ScriptedDice, sba_league};

fn finals(r: &PlayRecord) -> [Option<u8>; 4] {
    [
        r.on_first_final,
        r.on_second_final,
        r.on_third_final,
        r.batter_final,
    ]
}

fn play(bases: &str, outs: u8, result: C, answers: &[Choice], dice: &[u8]) -> PlayRecord {
    Scenario::new(sba_league(), bases, outs).play(result, answers, dice)
}

#[test]
fn flyout_a_every_runner_tags() {
    let r = play("123", 0, C::FlyoutA(CF), &[], &[]);
    assert_eq!(finals(&r), [Some(2), Some(3), Some(4), Some(0)]);
    assert_eq!((r.sf, r.ab, r.rbi), (1, 0, 1));
}

#[test]
fn flyout_b_third_scores_second_may_try() {
    // Send, throw, speed check 20 → out at third.
    let r = play("23", 0, C::FlyoutB(CF), &[Choice::Go, Choice::Throw], &[20]);
    assert_eq!(finals(&r), [None, Some(0), Some(4), Some(0)]);
    assert_eq!(
        r.run, 1,
        "the run crossed before the (second) out and counts"
    );
    // Hold.
    let r = play("12", 0, C::FlyoutB(CF), &[Choice::Hold], &[]);
    assert_eq!(finals(&r), [Some(1), Some(2), None, Some(0)]);
}

#[test]
fn flyout_bq_third_may_try_concede() {
    let r = play("3", 1, C::FlyoutBq(LF), &[Choice::Go, Choice::Concede], &[]);
    assert_eq!(finals(&r), [None, None, Some(4), Some(0)]);
    assert_eq!(r.sf, 1);
}

#[test]
fn flyout_c_runners_hold_and_two_outs_end_the_half() {
    let r = play("3", 0, C::FlyoutC(RF), &[], &[]);
    assert_eq!(finals(&r), [None, None, Some(3), Some(0)]);
    let r = play("3", 2, C::FlyoutA(RF), &[], &[]);
    assert_eq!((r.run, r.outs), (0, 1));
}

#[test]
fn walk_off_counts_only_the_runs_needed() {
    let mut s = Scenario::new(sba_league(), "123", 0).at(9, Half::Bottom, [3, 3]);
    let r = s.play(C::Double3, &[], &[]);
    assert_eq!(s.game.state().score, [3, 4]);
    assert!(r.is_walkoff);
    assert_eq!(
        (r.run, r.rbi, r.double, r.hit),
        (1, 1, 0, 1),
        "a double becomes a single"
    );
    assert_eq!(s.game.step(), &Step::GameOver);
}

#[test]
fn caught_stealing_for_the_third_out_keeps_the_batter_up() {
    let mut s = Scenario::new(sba_league(), "1", 2);
    let slot = s.game.state().team(Side::Away).next_slot;
    s.game.state_mut().step = Step::Offense { side: Side::Away };
    // Jump d20 10 (no pickoff/balk), 2d6 1+1 (no jump), safe d20 20 → caught.
    let mut d = ScriptedDice::new(&[10, 1, 1, 20], 10);
    let cmd = Command::SetOffense {
        decision: OffenseDecision::Steal {
            runners: vec![crate::ids::Base::First],
        },
    };
    s.game
        .handle(Actor::Team(Side::Away), cmd, &mut d)
        .expect("steal accepted");
    let st = s.game.state();
    assert_eq!(st.half, Half::Bottom, "the half is over");
    assert_eq!(
        st.team(Side::Away).next_slot,
        slot,
        "the same batter leads off next inning"
    );
    assert_eq!(st.plays.last().map(|p| p.cs), Some(1));
}

#[test]
fn dh_is_lost_when_the_dh_takes_the_field() {
    let mut s = Scenario::new(sba_league(), "", 0);
    let st = s.game.state_mut();
    st.step = Step::Defense { side: Side::Home };
    let team = st.team(Side::Home).clone();
    let dh = team.slots[8];
    let pitcher = team.pitcher();
    // The sample DH can play 1B only; move him to 1B and the first baseman leaves.
    let b1 = team.at(B1).expect("first baseman");
    let b1_slot = team.slot_of(b1).expect("bats");
    let cmd = Command::Substitute {
        changes: vec![Change::Move {
            player: dh,
            position: B1,
        }],
    };
    s.game
        .handle(Actor::Team(Side::Home), cmd, &mut ScriptedDice::new(&[], 1))
        .expect("legal");
    let t = s.game.state().team(Side::Home);
    assert!(!t.dh);
    assert_eq!(
        t.slots[b1_slot], pitcher,
        "the pitcher bats in the replaced player's slot"
    );
    assert!(t.removed.contains(&b1));
}

#[test]
fn reliever_must_face_the_minimum() {
    let mut league = sba_league();
    league.rules.min_batters = 3;
    let mut s = Scenario::new(league, "", 0);
    s.game.state_mut().step = Step::Defense { side: Side::Home };
    let change = crate::testing::pitching_change(&s.game, Side::Home).expect("a reliever");
    let mut d = ScriptedDice::new(&[], 1);
    s.game
        .handle(
            Actor::Team(Side::Home),
            Command::Substitute {
                changes: vec![change],
            },
            &mut d,
        )
        .expect("first change");
    let again = crate::testing::pitching_change(&s.game, Side::Home);
    assert!(again.is_none(), "the test helper knows he owes batters");
    let team = s.game.state().team(Side::Home);
    let reliever = team.pitcher();
    let next = s
        .game
        .setup()
        .team(Side::Home)
        .bullpen
        .iter()
        .copied()
        .find(|p| *p != reliever)
        .expect("another");
    let err = s
        .game
        .handle(
            Actor::Team(Side::Home),
            Command::Substitute {
                changes: vec![Change::Replace {
                    out: reliever,
                    sub: next,
                    position: P,
                }],
            },
            &mut d,
        )
        .expect_err("he owes three batters");
    assert_eq!(err.code(), "illegal_substitution");
}

#[test]
fn no_re_entry_and_eligibility() {
    let mut s = Scenario::new(sba_league(), "", 0);
    s.game.state_mut().step = Step::Defense { side: Side::Home };
    let team = s.game.state().team(Side::Home).clone();
    let reliever = s.game.setup().team(Side::Home).bullpen[0];
    // A pitcher cannot play shortstop.
    let ss = team.at(SS).expect("ss");
    let mut d = ScriptedDice::new(&[], 1);
    let err = s
        .game
        .handle(
            Actor::Team(Side::Home),
            Command::Substitute {
                changes: vec![Change::Replace {
                    out: ss,
                    sub: reliever,
                    position: SS,
                }],
            },
            &mut d,
        )
        .expect_err("ineligible");
    assert_eq!(err.code(), "illegal_substitution");
    // A removed player may not come back.
    let bench = s.game.setup().team(Side::Home).bench[0];
    s.game
        .handle(
            Actor::Team(Side::Home),
            Command::Substitute {
                changes: vec![Change::Replace {
                    out: ss,
                    sub: bench,
                    position: SS,
                }],
            },
            &mut d,
        )
        .expect("legal replacement");
    let err = s
        .game
        .handle(
            Actor::Team(Side::Home),
            Command::Substitute {
                changes: vec![Change::Replace {
                    out: bench,
                    sub: ss,
                    position: SS,
                }],
            },
            &mut d,
        )
        .expect_err("no re-entry");
    assert_eq!(err.code(), "illegal_substitution");
}

#[test]
fn wrong_side_and_wrong_step_change_nothing() {
    let mut s = Scenario::new(sba_league(), "", 0);
    let before = s.game.state().clone();
    let mut d = ScriptedDice::new(&[], 1);
    assert_eq!(
        s.game
            .handle(Actor::Team(Side::Home), Command::Roll, &mut d)
            .expect_err("not home's turn")
            .code(),
        "not_your_turn"
    );
    assert_eq!(
        s.game
            .handle(
                Actor::Team(Side::Away),
                Command::SubmitResult { result: C::Walk },
                &mut d
            )
            .expect_err("wrong step")
            .code(),
        "wrong_step"
    );
    assert_eq!(s.game.state(), &before);
}

#[test]
fn chaos_check_wild_pitch_and_fresh_roll() {
    let mut s = Scenario::new(sba_league(), "1", 0);
    // At-bat roll with split 1 → WP check d20 1 ≤ WP 2 → wild pitch.
    let mut d = ScriptedDice::new(&[1, 3, 4, 1, 1], 10);
    s.game
        .handle(Actor::Team(Side::Away), Command::Roll, &mut d)
        .expect("roll");
    let r = s.game.state().plays.last().expect("a play").clone();
    assert_eq!((r.wild_pitch, r.pa), (1, 0));
    assert_eq!(finals(&r), [Some(2), None, None, None]);
    assert_eq!(
        s.game.step(),
        &Step::Roll { side: Side::Away },
        "the batter rolls again"
    );
}

#[test]
fn manual_card_result_goes_to_the_card_owner_and_can_be_disputed() {
    let mut s = Scenario::new(sba_league(), "", 0);
    // White 5: the pitcher's card → the home (defense) manager submits.
    let mut d = ScriptedDice::new(&[5, 2, 3, 10], 10);
    s.game
        .handle(Actor::Team(Side::Away), Command::Roll, &mut d)
        .expect("roll");
    assert!(matches!(
        s.game.step(),
        Step::CardResult {
            side: Side::Home,
            ..
        }
    ));
    s.game
        .handle(
            Actor::Team(Side::Home),
            Command::SubmitResult {
                result: C::Strikeout,
            },
            &mut d,
        )
        .expect("submit");
    assert_eq!(s.game.state().outs, 1);
    s.game
        .handle(Actor::Team(Side::Away), Command::Dispute, &mut d)
        .expect("dispute");
    assert_eq!(s.game.state().outs, 0);
    assert!(matches!(
        s.game.step(),
        Step::CardResult {
            side: Side::Home,
            ..
        }
    ));
    s.game
        .handle(
            Actor::Team(Side::Home),
            Command::SubmitResult { result: C::Walk },
            &mut d,
        )
        .expect("resubmit");
    assert_eq!(s.game.state().plays.last().map(|p| p.bb), Some(1));
    let replayed = crate::Game::replay(s.game.setup().clone(), s.game.events()).expect("replays");
    assert_eq!(replayed.state(), s.game.state());
}

#[test]
fn undo_needs_both_managers() {
    let mut s = Scenario::new(sba_league(), "", 0);
    s.play(C::Single1, &[], &[]);
    s.play(C::Homerun, &[], &[]);
    let mut d = ScriptedDice::new(&[], 1);
    s.game
        .handle(Actor::Team(Side::Away), Command::Undo, &mut d)
        .expect("request");
    assert_eq!(s.game.state().score, [2, 0]);
    assert_eq!(
        s.game
            .handle(Actor::Team(Side::Away), Command::Undo, &mut d)
            .expect_err("same side")
            .code(),
        "undo_pending"
    );
    s.game
        .handle(Actor::Team(Side::Home), Command::Undo, &mut d)
        .expect("agreed");
    assert_eq!(s.game.state().score, [0, 0]);
    assert_eq!(s.game.state().plays.len(), 1);
}

#[test]
fn fatigue_reads_the_batter_card() {
    let mut s = Scenario::new(sba_league(), "", 0);
    if let Some(o) = s.game.state_mut().outing_mut(Side::Home) {
        o.outs = 18; // starter endurance 6 → tired at 18 outs
    }
    let mut d = ScriptedDice::new(&[5, 2, 3, 10], 10);
    s.game
        .handle(Actor::Team(Side::Away), Command::Roll, &mut d)
        .expect("roll");
    assert!(matches!(
        s.game.step(),
        Step::CardResult {
            side: Side::Away,
            read_batter_card: true,
            ..
        }
    ));
}

#[test]
fn x_chart_lines() {
    let league = sba_league();
    let x = &league.charts.x_chart;
    use crate::league::XPlay::*;
    let si1 = x.line(SS, RangeResult::SI1).expect("SI1");
    assert_eq!(
        (si1.no_error, si1.e1, si1.e2),
        (
            Hit {
                bases: 1,
                advance: 1
            },
            ErrorReach {
                batter_to: 2,
                advance: 2
            },
            ErrorReach {
                batter_to: 3,
                advance: 3
            }
        )
    );
    let g1 = x.line(B2, RangeResult::G1).expect("G1");
    assert_eq!(
        g1.no_error,
        Groundball {
            kind: crate::league::GroundballType::A
        }
    );
    let f2 = x.line(CF, RangeResult::F2).expect("F2");
    assert_eq!(f2.rare, CaughtAppealAtHome);
    assert_eq!(
        league.charts.errors.for_position(B1).lookup(18, 5),
        ErrorSize::E2
    );
    // Through the engine: SS range 3, d20 10 → G2 → groundball B; error 3d6 = 1+1+1 = 3 with
    // rating 10 → 2-base error (SS row 3: e10); G2's 2-base error is G1's: batter to second,
    // runners +2.
    let r = play("1", 0, C::XCheck(SS), &[], &[10, 1, 1, 1, 50]);
    assert_eq!(finals(&r), [Some(3), None, None, Some(2)]);
    assert_eq!((r.error, r.hit, r.rbi, r.ab), (1, 0, 0, 1));
    // SS range 3, d20 1 → SI2 (infield line), no error (3d6 = 10), rare 50: single, runners +2.
    let r = play("1", 0, C::XCheck(SS), &[], &[1, 3, 3, 4, 50]);
    assert_eq!(finals(&r), [Some(3), None, None, Some(1)]);
    assert_eq!(r.hit, 1);
}

#[test]
fn illegal_setups_list_every_problem() {
    let mut raw =
        crate::testing::sample_setup(sba_league(), crate::league::ResultEntry::Manual, false)
            .raw()
            .clone();
    raw.away.lineup.pop();
    raw.home.lineup[0].position = P;
    let err = crate::Setup::try_from(raw).expect_err("illegal");
    assert!(err.problems.len() >= 3, "{err}");
}

#[test]
fn extra_inning_runner_belongs_to_the_pitcher_of_the_new_half() {
    let mut league = sba_league();
    league.rules.dh = false;
    league.rules.extra_inning_runner = true;
    let mut s = Scenario::new(league, "", 2).at(9, Half::Bottom, [0, 0]);
    let bench = pinch_hit_for_the_pitcher(&mut s, Side::Home);
    let mut d = ScriptedDice::new(&[], 10);
    s.game
        .handle(
            Actor::Team(Side::Away),
            Command::SetDefense(Default::default()),
            &mut d,
        )
        .expect("defense");
    s.play(C::Strikeout, &[], &[]);
    assert_eq!(
        (s.game.state().inning, s.game.state().half),
        (10, Half::Top)
    );
    // The home team must bring in a pitcher for the pinch hitter before the next pitch.
    let reliever = s.game.setup().team(Side::Home).bullpen[0];
    let change = Command::Substitute {
        changes: vec![Change::Replace {
            out: bench,
            sub: reliever,
            position: P,
        }],
    };
    s.game
        .handle(Actor::Team(Side::Home), change, &mut d)
        .expect("pitching change");
    let runner = s
        .game
        .state()
        .bases
        .get(crate::ids::Base::Second)
        .expect("the extra-inning runner");
    assert_eq!(runner.pitcher, reliever);
    assert!(!runner.earned);
}

#[test]
fn uncapped_single_lead_runner_trailer_and_speed_check() {
    // Runners on first and second, SINGLE_UNCAPPED(CF): everyone +1, the runner from second
    // (now on third) goes home, the defense throws, the trailer takes third on the throw,
    // speed check d20 1 → safe.
    let r = play(
        "12",
        0,
        C::SingleUncapped(CF),
        &[Choice::Go, Choice::Throw, Choice::Go],
        &[1],
    );
    assert_eq!(finals(&r), [Some(3), Some(4), None, Some(1)]);
    assert_eq!((r.run, r.rbi, r.hit), (1, 1, 1));
    // Thrown out (d20 20): the trailer still took third.
    let r = play(
        "12",
        0,
        C::SingleUncapped(CF),
        &[Choice::Go, Choice::Throw, Choice::Go],
        &[20],
    );
    assert_eq!(finals(&r), [Some(3), Some(0), None, Some(1)]);
    // Conceded: the lead runner scores, nobody else gains a base.
    let r = play(
        "12",
        0,
        C::SingleUncapped(CF),
        &[Choice::Go, Choice::Concede],
        &[],
    );
    assert_eq!(finals(&r), [Some(2), Some(4), None, Some(1)]);
    // Held: a plain single.
    let r = play("12", 0, C::SingleUncapped(CF), &[Choice::Hold], &[]);
    assert_eq!(finals(&r), [Some(2), Some(3), None, Some(1)]);
}

#[test]
fn uncapped_double_runner_from_first_may_score() {
    let r = play(
        "1",
        0,
        C::DoubleUncapped(LF),
        &[Choice::Go, Choice::Throw],
        &[1],
    );
    assert_eq!(finals(&r), [Some(4), None, None, Some(2)]);
    assert_eq!(r.double, 1);
}

#[test]
fn ballpark_results() {
    // Park rating 10: d20 10 → home run; 11 → flyout B to the pull field.
    let r = play("", 0, C::BpHomerun, &[], &[10]);
    assert_eq!((r.homerun, r.bphr), (1, 1));
    let r = play("", 0, C::BpHomerun, &[], &[11]);
    assert_eq!((r.outs, r.bpfo, r.homerun), (1, 1, 0));
    let r = play("1", 0, C::BpSingle, &[], &[3]);
    assert_eq!((r.hit, r.bp1b), (1, 1));
    let r = play("1", 0, C::BpSingle, &[], &[15]);
    assert_eq!((r.outs, r.bplo, r.on_first_final), (1, 1, Some(1)));
}

fn offense_then_roll(s: &mut Scenario, decision: OffenseDecision, dice: &[u8]) -> PlayRecord {
    s.game.state_mut().step = Step::Offense { side: Side::Away };
    let mut d = ScriptedDice::new(&[], 10);
    s.game
        .handle(
            Actor::Team(Side::Away),
            Command::SetOffense { decision },
            &mut d,
        )
        .expect("decision");
    let mut d = ScriptedDice::new(dice, 10);
    s.game
        .handle(Actor::Team(Side::Away), Command::Roll, &mut d)
        .expect("roll");
    s.game.state().plays.last().expect("a play").clone()
}

#[test]
fn squeeze_success_and_failure() {
    // Grade B bunter; squeeze chart like the sacrifice: d20 5 success, 16 lead runner out.
    let mut s = Scenario::new(sba_league(), "3", 1);
    let r = offense_then_roll(&mut s, OffenseDecision::Squeeze, &[5]);
    assert_eq!(
        (finals(&r), r.run, r.sac, r.rbi),
        ([None, None, Some(4), Some(0)], 1, 1, 1)
    );
    let mut s = Scenario::new(sba_league(), "3", 1);
    let r = offense_then_roll(&mut s, OffenseDecision::Squeeze, &[16]);
    assert_eq!((finals(&r), r.run), ([None, None, Some(0), Some(1)], 0));
}

#[test]
fn hit_and_run_contact_and_miss() {
    // Contact (d20 1 ≤ 12), groundball A becomes result 3: no double play, runner to second.
    let r = hit_and_run_contact(C::GroundballA(SS));
    assert_eq!(finals(&r), [Some(2), None, None, Some(0)]);
    assert_eq!(r.gidp, 0);
    // Miss (d20 20 > 12): the runner steals without a jump (low number 8; d20 20 → caught) and
    // the batter's plate appearance goes on.
    let mut s = Scenario::new(sba_league(), "1", 0);
    let r = offense_then_roll(&mut s, OffenseDecision::HitAndRun, &[20, 20]);
    assert_eq!(
        (r.cs, r.pa, finals(&r)),
        (1, 0, [Some(0), None, None, None])
    );
    assert_eq!(s.game.step(), &Step::Roll { side: Side::Away });
    assert_eq!(s.game.state().offense, OffenseDecision::Swing);
}

/// A hit-and-run with a runner on first, no outs: contact (d20 1), the at-bat roll, then
/// `result` submitted for the batter's card.
fn hit_and_run_contact(result: C) -> PlayRecord {
    let mut s = Scenario::new(sba_league(), "1", 0);
    s.game.state_mut().step = Step::Offense { side: Side::Away };
    let mut d = ScriptedDice::new(&[], 10);
    let decision = Command::SetOffense {
        decision: OffenseDecision::HitAndRun,
    };
    s.game
        .handle(Actor::Team(Side::Away), decision, &mut d)
        .expect("hit-and-run");
    let mut d = ScriptedDice::new(&[1, 1, 1, 1, 10], 10);
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
    s.game.state().plays.last().expect("play").clone()
}

#[test]
fn hit_and_run_lineout_doubles_off_the_lead_runner() {
    let r = hit_and_run_contact(C::Lineout(B2));
    assert_eq!(
        (r.outs, r.double_play, finals(&r)),
        (2, 1, [Some(0), None, None, Some(0)])
    );
}

#[test]
fn pickoff_and_balk_from_the_jump_roll() {
    // Jump d20 1 → pickoff check d20 1 ≤ 2: picked off.
    let mut s = Scenario::new(sba_league(), "1", 0);
    s.game.state_mut().step = Step::Offense { side: Side::Away };
    let steal = Command::SetOffense {
        decision: OffenseDecision::Steal {
            runners: vec![crate::ids::Base::First],
        },
    };
    s.game
        .handle(
            Actor::Team(Side::Away),
            steal.clone(),
            &mut ScriptedDice::new(&[1, 1], 10),
        )
        .expect("steal");
    let r = s.game.state().plays.last().expect("play").clone();
    assert_eq!((r.pick_off, r.outs, r.pa), (1, 1, 0));
    // Jump d20 2 → balk check d20 1 ≤ 1: balk, runners +1.
    let mut s = Scenario::new(sba_league(), "1", 0);
    s.game.state_mut().step = Step::Offense { side: Side::Away };
    s.game
        .handle(
            Actor::Team(Side::Away),
            steal,
            &mut ScriptedDice::new(&[2, 1], 10),
        )
        .expect("steal");
    let r = s.game.state().plays.last().expect("play").clone();
    assert_eq!((r.balk, finals(&r)), (1, [Some(2), None, None, None]));
}

#[test]
fn intentional_walk_with_the_bases_loaded_forces_in_a_run() {
    let mut s = Scenario::new(sba_league(), "123", 1);
    s.game.state_mut().step = Step::Defense { side: Side::Home };
    let ibb = Command::SetDefense(crate::command::DefenseDecision {
        intentional_walk: true,
        ..Default::default()
    });
    s.game
        .handle(
            Actor::Team(Side::Home),
            ibb,
            &mut ScriptedDice::new(&[], 10),
        )
        .expect("ibb");
    let r = s.game.state().plays.last().expect("play").clone();
    assert_eq!((r.ibb, r.bb, r.run, r.rbi, r.ab), (1, 1, 1, 1, 0));
}

#[test]
fn home_team_ahead_after_the_top_of_the_ninth_ends_the_game() {
    let mut s = Scenario::new(sba_league(), "", 2).at(9, Half::Top, [1, 2]);
    s.play(C::Strikeout, &[], &[]);
    assert_eq!(s.game.state().ending, Some(crate::state::Ending::Completed));
    assert_eq!(s.game.state().winner(), Some(Side::Home));
}

#[test]
fn tie_after_nine_goes_to_extra_innings_and_mercy_ends_early() {
    let mut s = Scenario::new(sba_league(), "", 2).at(9, Half::Bottom, [1, 1]);
    s.play(C::Strikeout, &[], &[]);
    assert_eq!(
        (
            s.game.state().inning,
            s.game.state().half,
            s.game.state().is_over()
        ),
        (10, Half::Top, false)
    );

    let mut league = sba_league();
    league.rules.mercy = Some(crate::league::MercyRule {
        runs: 10,
        after_inning: 7,
    });
    let mut s = Scenario::new(league, "", 2).at(7, Half::Bottom, [11, 0]);
    s.play(C::Strikeout, &[], &[]);
    assert_eq!(s.game.state().ending, Some(crate::state::Ending::Mercy));
}

#[test]
fn concede_ends_the_game_for_the_other_side() {
    let mut s = Scenario::new(sba_league(), "", 0);
    s.game
        .handle(
            Actor::Team(Side::Home),
            Command::Concede,
            &mut ScriptedDice::new(&[], 1),
        )
        .expect("concede");
    assert_eq!(s.game.state().winner(), Some(Side::Away));
    assert_eq!(
        s.game
            .handle(
                Actor::Team(Side::Away),
                Command::Roll,
                &mut ScriptedDice::new(&[], 1)
            )
            .expect_err("over")
            .code(),
        "game_over"
    );
}

#[test]
fn a_pinch_hitter_left_at_pitcher_must_be_replaced_before_the_next_pitch() {
    let mut league = sba_league();
    league.rules.dh = false;
    let mut s = Scenario::new(league, "", 2);
    let bench = pinch_hit_for_the_pitcher(&mut s, Side::Away);
    let mut d = ScriptedDice::new(&[], 10);
    s.play(C::Strikeout, &[], &[]);
    assert_eq!(s.game.step(), &Step::Defense { side: Side::Away });
    let before = s.game.state().clone();
    let err = s
        .game
        .handle(
            Actor::Team(Side::Away),
            Command::SetDefense(Default::default()),
            &mut d,
        )
        .expect_err("the pinch hitter cannot pitch");
    assert_eq!(err.code(), "illegal_defense_alignment");
    assert_eq!(s.game.state(), &before);
    let reliever = s.game.setup().team(Side::Away).bullpen[0];
    let change = Command::Substitute {
        changes: vec![Change::Replace {
            out: bench,
            sub: reliever,
            position: P,
        }],
    };
    s.game
        .handle(Actor::Team(Side::Away), change, &mut d)
        .expect("pitching change");
    s.game
        .handle(
            Actor::Team(Side::Away),
            Command::SetDefense(Default::default()),
            &mut d,
        )
        .expect("now legal");
}

/// With the pitcher of `side` due up (no DH), the first bench player pinch-hits for him.
/// Returns the pinch hitter.
fn pinch_hit_for_the_pitcher(s: &mut Scenario, side: Side) -> crate::ids::PlayerId {
    let st = s.game.state_mut();
    st.teams[side.index()].next_slot = 8;
    st.step = Step::Offense { side };
    let pitcher = st.team(side).pitcher();
    let bench = s.game.setup().team(side).bench[0];
    let ph = Command::Substitute {
        changes: vec![Change::PinchHitter {
            out: pitcher,
            sub: bench,
        }],
    };
    s.game
        .handle(Actor::Team(side), ph, &mut ScriptedDice::new(&[], 10))
        .expect("pinch hitter");
    bench
}
