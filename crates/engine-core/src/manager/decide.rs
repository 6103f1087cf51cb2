//! Decisions during resolution (rules §5.2, §6 result 9, §8.4), by the odds of the speed check
//! against break-evens that depend on the outs and the score.
//!
//! * Send (offense): go when P(safe) ≥ the break-even for the base and the outs — home
//!   0.70 / 0.60 / 0.45 with 0 / 1 / 2 out, third 0.75 / 0.70 / 0.90 — lowered by 0.10 for a
//!   run that ties the game or puts the offense ahead late, and by the configured aggression.
//!   On groundball result 9 (the runner on third with the ball in the infield) holding costs
//!   an out anyway: go when P(safe) ≥ 0.40.
//! * Throw (defense): throw, unless a trailing runner would take a base on the throw and the
//!   lead runner is safe with P ≥ the concede break-even (never concede a tying or go-ahead
//!   run late). Without a trailing runner a throw costs nothing, so the defense always throws.
//! * Trail (offense): the trailing runner always goes (the engine gives him the base).
//! * Throw target on groundball result 9 (defense): home when P(safe) < 0.55, or < 0.90 when
//!   the run would tie the game or put the offense ahead late; else first.

use super::ManagerConfig;
use super::odds::speed_check_odds;
use crate::card_result::CardResult;
use crate::game::Game;
use crate::ids::{Base, PlayerId, Position};
use crate::step::{Choice, Question};

/// The answer to a decision question.
pub(super) fn answer(cfg: &ManagerConfig, game: &Game, question: Question) -> Choice {
    match question {
        Question::Send { runner, from, to } => {
            if send(cfg, game, runner, from, to) {
                Choice::Go
            } else {
                Choice::Hold
            }
        }
        Question::Throw { runner, to } => {
            if concede(cfg, game, runner, to) {
                Choice::Concede
            } else {
                Choice::Throw
            }
        }
        Question::Trail { .. } => Choice::Go,
        Question::ThrowTarget { runner } => {
            if throw_home(cfg, game, runner) {
                Choice::Home
            } else {
                Choice::First
            }
        }
    }
}

/// The card result being resolved, in manual mode.
fn current_result(game: &Game) -> Option<CardResult> {
    game.state().play.as_ref().and_then(|p| p.manual_result)
}

/// The fielder who throws on the play being resolved (`None` when unknown).
fn thrower(game: &Game) -> Option<Position> {
    current_result(game).and_then(CardResult::fielder)
}

fn is_groundball(game: &Game) -> bool {
    current_result(game).is_some_and(|r| r.groundball().is_some())
}

/// The safe chance of `runner` going from `from` to `to` on the play being resolved.
fn odds(game: &Game, runner: PlayerId, from: Base, to: Base) -> f64 {
    // Only an uncapped single sends a runner home from second (rules §8.4 penalty).
    let single_penalty = from == Base::Second && to == Base::Home;
    speed_check_odds(
        game,
        runner,
        thrower(game),
        game.state().outs,
        single_penalty,
    )
}

/// Whether the run of a runner going home would tie the game or put the batting team ahead,
/// late (a run that matters most).
fn decisive_run_late(cfg: &ManagerConfig, game: &Game, to: Base) -> bool {
    let state = game.state();
    let lead = state.lead(state.batting());
    to == Base::Home && state.inning >= cfg.late_inning && (lead == -1 || lead == 0)
}

/// The offense's break-even for sending a runner to `to` with `outs` out.
pub(super) fn send_break_even(to: Base, outs: u8) -> f64 {
    let table = if to == Base::Home {
        [0.70, 0.60, 0.45]
    } else {
        [0.75, 0.70, 0.90]
    };
    table[usize::from(outs.min(2))]
}

fn send(cfg: &ManagerConfig, game: &Game, runner: PlayerId, from: Base, to: Base) -> bool {
    let p = odds(game, runner, from, to);
    let mut break_even = if is_groundball(game) {
        0.40
    } else {
        send_break_even(to, game.state().outs)
    };
    if decisive_run_late(cfg, game, to) {
        break_even -= 0.10;
    }
    p >= break_even - cfg.send_aggression
}

/// An uncapped single with runners on first and second: the runner from first would take a
/// base on a throw at the lead runner (rules §8.4).
fn trailer_advances_on_throw(game: &Game) -> bool {
    let bases = game.state().bases;
    matches!(current_result(game), Some(CardResult::SingleUncapped(_)))
        && bases.occupied(Base::First)
        && bases.occupied(Base::Second)
}

fn concede(cfg: &ManagerConfig, game: &Game, runner: PlayerId, to: Base) -> bool {
    if !trailer_advances_on_throw(game) || decisive_run_late(cfg, game, to) {
        return false;
    }
    let from = game.state().bases.base_of(runner).unwrap_or(Base::First);
    odds(game, runner, from, to) >= cfg.concede_break_even
}

fn throw_home(cfg: &ManagerConfig, game: &Game, runner: PlayerId) -> bool {
    let p = speed_check_odds(game, runner, thrower(game), game.state().outs, false);
    let limit = if decisive_run_late(cfg, game, Base::Home) {
        0.90
    } else {
        0.55
    };
    p < limit
}
