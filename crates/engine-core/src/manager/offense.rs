//! The offense's window and decision (rules §2.1, §2.3, §8.1, §9, §10).
//!
//! In order of preference:
//! * Pinch-hit for the pitcher late when trailing (a bench hitter is left, and a reliever is
//!   left to take the mound afterwards).
//! * Squeeze, rarely: runner on third, one out, late, tied or one run down, bunting grade A,
//!   and then only in one of `squeeze_one_in` such plate appearances.
//! * Sacrifice ([`likely_sacrifice`]): a pitcher batting with a runner on first or second, third
//!   open and fewer than two outs; or, late with none out, tied or one run down and a runner
//!   on first (third open), a weak hitter — bunting grade A or B and running ≤ 10 or batting
//!   7th–9th.
//! * Steal when the odds of the steal formula reach the break-even: the runner on second to
//!   third (with the runner on first going too), else the runner on first to second. Not when
//!   trailing by three or more late.
//! * Hit-and-run, occasionally (one in `hit_and_run_one_in`), with a runner on first, fewer
//!   than two outs and a hit-and-run grade A or B.
//! * Otherwise swing away.

use super::ManagerConfig;
use super::odds::steal_odds;
use super::situation::{
    Situation, available_hitter, available_reliever, known, pitcher_bats, rating,
};
use crate::bunt::hit_and_run_runners;
use crate::command::{Change, Command, OffenseDecision};
use crate::dice::Dice;
use crate::game::Game;
use crate::ids::{Base, Grade, Side};
use crate::ratings::RatingKind;

/// The offense's command: a pinch hitter when one is due, else the decision.
pub(super) fn command(
    cfg: &ManagerConfig,
    game: &Game,
    side: Side,
    dice: &mut dyn Dice,
) -> Command {
    if let Some(change) = pinch_hitter(cfg, game, side) {
        return Command::Substitute {
            changes: vec![change],
        };
    }
    Command::SetOffense {
        decision: decision(cfg, game, side, dice),
    }
}

/// A pinch hitter for the pitcher, late, when trailing.
pub(super) fn pinch_hitter(cfg: &ManagerConfig, game: &Game, side: Side) -> Option<Change> {
    let sit = Situation::of(cfg, game, side);
    if !cfg.pinch_hit_for_pitcher || !sit.late || sit.lead >= 0 || !pitcher_bats(game, side) {
        return None;
    }
    available_reliever(game, side)?;
    let sub = available_hitter(game, side)?;
    Some(Change::PinchHitter {
        out: game.state().team(side).batter(),
        sub,
    })
}

/// The offensive decision.
pub(super) fn decision(
    cfg: &ManagerConfig,
    game: &Game,
    side: Side,
    dice: &mut dyn Dice,
) -> OffenseDecision {
    if squeeze(cfg, game, side) && one_in(dice, cfg.squeeze_one_in) {
        return OffenseDecision::Squeeze;
    }
    if likely_sacrifice(cfg, game, side) {
        return OffenseDecision::SacBunt;
    }
    if let Some(runners) = steal(cfg, game, side) {
        return OffenseDecision::Steal { runners };
    }
    if hit_and_run(cfg, game, side) && one_in(dice, cfg.hit_and_run_one_in) {
        return OffenseDecision::HitAndRun;
    }
    OffenseDecision::Swing
}

fn one_in(dice: &mut dyn Dice, n: u8) -> bool {
    n > 0 && dice.roll(n) == 1
}

/// The batter's grade for a rating kind (league average when unknown).
fn grade(game: &Game, side: Side, kind: RatingKind) -> Grade {
    let batter = game.state().team(side).batter();
    let i = usize::try_from(rating(game, batter, kind).clamp(0, 3)).unwrap_or(3);
    Grade::ALL[i]
}

/// A weak hitter who should give himself up: bunting grade A or B, and slow (running ≤ 10)
/// or at the bottom of the order.
fn weak_bunter(game: &Game, side: Side) -> bool {
    let team = game.state().team(side);
    let batter = team.batter();
    let good_bunter = grade(game, side, RatingKind::Bunting) <= Grade::B;
    let slow = known(game, batter, RatingKind::Running).is_some_and(|r| r <= 10);
    let bottom = team.next_slot % 9 >= 6;
    good_bunter && (slow || bottom)
}

/// Whether `side` (batting) should sacrifice now; the defense uses the same test to expect a
/// bunt.
pub(super) fn likely_sacrifice(cfg: &ManagerConfig, game: &Game, side: Side) -> bool {
    let state = game.state();
    if state.batting() != side {
        return false;
    }
    let bases = state.bases;
    let sit = Situation::of(cfg, game, side);
    let runner_to_move = bases.occupied(Base::First) || bases.occupied(Base::Second);
    if !runner_to_move || bases.occupied(Base::Third) {
        return false;
    }
    if pitcher_bats(game, side) {
        return sit.outs < 2;
    }
    sit.late
        && sit.outs == 0
        && (-1..=0).contains(&sit.lead)
        && bases.occupied(Base::First)
        && weak_bunter(game, side)
}

fn squeeze(cfg: &ManagerConfig, game: &Game, side: Side) -> bool {
    let sit = Situation::of(cfg, game, side);
    game.state().bases.occupied(Base::Third)
        && sit.outs == 1
        && sit.late
        && (-1..=0).contains(&sit.lead)
        && grade(game, side, RatingKind::Bunting) == Grade::A
}

/// The runners to send, when a steal beats its break-even.
pub(super) fn steal(cfg: &ManagerConfig, game: &Game, side: Side) -> Option<Vec<Base>> {
    let sit = Situation::of(cfg, game, side);
    if sit.late && sit.lead <= -3 {
        return None;
    }
    let bases = game.state().bases;
    if bases.occupied(Base::Second)
        && !bases.occupied(Base::Third)
        && steal_odds(game, Base::Second) >= cfg.steal_third_break_even
    {
        let mut runners = vec![Base::Second];
        if bases.occupied(Base::First) {
            runners.insert(0, Base::First);
        }
        return Some(runners);
    }
    (bases.occupied(Base::First)
        && !bases.occupied(Base::Second)
        && steal_odds(game, Base::First) >= cfg.steal_second_break_even)
        .then(|| vec![Base::First])
}

fn hit_and_run(cfg: &ManagerConfig, game: &Game, side: Side) -> bool {
    let sit = Situation::of(cfg, game, side);
    sit.outs < 2
        && !(sit.late && sit.lead <= -3)
        && hit_and_run_runners(&game.state().bases).contains(&Base::First)
        && grade(game, side, RatingKind::HitAndRun) <= Grade::B
}
