//! The defense's window and decision (rules §2.1–2.2, §10, §11).
//!
//! * A pitcher who may not pitch (a pinch hitter batted for him) is replaced by the first
//!   unused reliever; a tired pitcher (rules §11: outs ≥ 3·endurance, or runs ≥ the league's
//!   fatigue runs) is replaced when a reliever is left and he owes no batters (rules §10).
//! * Infield in with a runner on third and fewer than two outs, late, within the close margin;
//!   otherwise corners in when the offense is likely to bunt (the offense's own sacrifice
//!   test).
//! * Hold a runner on first or second whose next base is open when his unheld steal odds
//!   reach the hold threshold.
//! * Intentional walk: tie game in the last regulation inning or later, first base open, a
//!   runner in scoring position, fewer than two outs, and the 3rd–5th hitter up.

use super::ManagerConfig;
use super::odds::steal_odds_held;
use super::offense::likely_sacrifice;
use super::situation::{Situation, available_reliever, rating};
use crate::command::{Change, Command, DefenseDecision, InfieldDepth};
use crate::game::Game;
use crate::ids::{Base, Position, Side};
use crate::ratings::RatingKind;
use crate::setup::eligible;

/// The defense's command: a pitching change when one is due, else the decision.
pub(super) fn command(cfg: &ManagerConfig, game: &Game, side: Side) -> Command {
    if let Some(change) = pitching_change(cfg, game, side) {
        return Command::Substitute {
            changes: vec![change],
        };
    }
    Command::SetDefense(decision(cfg, game, side))
}

/// A pitching change that is due: the pitcher may not pitch, or he is tired and may leave.
pub(super) fn pitching_change(cfg: &ManagerConfig, game: &Game, side: Side) -> Option<Change> {
    let team = game.state().team(side);
    let out = team.pitcher();
    let may_pitch = game
        .setup()
        .player(out)
        .is_some_and(|(_, p)| eligible(p, Position::P));
    let due = !may_pitch || (cfg.change_tired_pitchers && tired_and_free(game, side));
    if !due {
        return None;
    }
    let sub = available_reliever(game, side)?;
    Some(Change::Replace {
        out,
        sub,
        position: Position::P,
    })
}

/// Rules §11 and §10: the active pitcher is tired and owes no batters.
pub(super) fn tired_and_free(game: &Game, side: Side) -> bool {
    let Some(outing) = game.state().outing(side) else {
        return false;
    };
    if outing.owes > 0 {
        return false;
    }
    if outing.runs >= u16::from(game.setup().league().rules.fatigue_runs) {
        return true;
    }
    let kind = if outing.started {
        RatingKind::StarterEndurance
    } else {
        RatingKind::ReliefEndurance
    };
    let endurance = rating(game, outing.player, kind).max(0);
    i32::from(outing.outs) >= 3 * i32::from(endurance)
}

/// The defensive decision.
pub(super) fn decision(cfg: &ManagerConfig, game: &Game, side: Side) -> DefenseDecision {
    DefenseDecision {
        infield: infield(cfg, game, side),
        hold: holds(cfg, game),
        intentional_walk: cfg.intentional_walks && intentional_walk(cfg, game, side),
        ..DefenseDecision::default()
    }
}

/// Infield in late and close with a runner on third and fewer than two outs; corners in for a
/// likely bunt.
pub(super) fn infield(cfg: &ManagerConfig, game: &Game, side: Side) -> InfieldDepth {
    let sit = Situation::of(cfg, game, side);
    let bases = game.state().bases;
    if bases.occupied(Base::Third) && sit.outs < 2 && sit.late_and_close() {
        InfieldDepth::In
    } else if likely_sacrifice(cfg, game, side.other()) {
        InfieldDepth::CornersIn
    } else {
        InfieldDepth::Normal
    }
}

/// The runners on first and second, with the next base open, whose unheld steal odds reach
/// the hold threshold.
pub(super) fn holds(cfg: &ManagerConfig, game: &Game) -> Vec<Base> {
    let bases = game.state().bases;
    [Base::First, Base::Second]
        .into_iter()
        .filter(|&b| bases.occupied(b) && !bases.occupied(b.plus(1)))
        .filter(|&b| steal_odds_held(game, b, false) >= cfg.hold_threshold)
        .collect()
}

fn intentional_walk(cfg: &ManagerConfig, game: &Game, side: Side) -> bool {
    let state = game.state();
    let sit = Situation::of(cfg, game, side);
    let bases = state.bases;
    let slot = state.team(state.batting()).next_slot % 9;
    sit.last_innings
        && sit.lead == 0
        && sit.outs < 2
        && !bases.occupied(Base::First)
        && (bases.occupied(Base::Second) || bases.occupied(Base::Third))
        && (2..=4).contains(&slot)
}
