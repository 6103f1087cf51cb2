//! Rules §16 The computer manager: a rules-aware default manager that can take either side of a
//! game (solo play against the computer, bots for load tests, simulation).
//!
//! [`ComputerManager::command`] looks at the pending [`Step`] and, when it belongs to the
//! manager's side, returns a command the engine accepts. The policies, each in its own module:
//!
//! * `defense` — pitching changes (a tired pitcher per rules §11 when a reliever is left and
//!   the pitcher owes no batters; a pitcher after a pinch hitter batted for him), infield in
//!   with a runner on third and fewer than two outs late in close games, corners in for a
//!   likely bunt, holding runners who would steal well, a rare intentional walk.
//! * `offense` — pinch-hitting for the pitcher late when trailing, the squeeze (rarely), the
//!   sacrifice by weak hitters, the steal when its odds beat a break-even, an occasional
//!   hit-and-run by a good contact hitter, else swing away.
//! * `decide` — send/hold, throw/concede, the trailing runner and the groundball-9 throw
//!   target, by the odds of the §8.4 speed check against break-evens that depend on the outs
//!   and the score.
//! * `manual` — the answers the computer cannot read from a physical card: a card result
//!   derived from the at-bat dice through a league-average distribution, and league-average
//!   ratings. Solo play against the computer is meant for PD auto games; these make SBA
//!   (manual) solo games and bot games possible.
//!
//! The manager is deterministic: the only randomness (the occasional hit-and-run or squeeze)
//! comes from the `Dice` it is given, and the same game, side and dice give the same command.

mod decide;
mod defense;
pub mod manual;
mod odds;
mod offense;
mod situation;
#[cfg(test)]
mod tests;

use crate::command::Command;
use crate::dice::Dice;
use crate::game::Game;
use crate::ids::Side;
use crate::step::Step;
use serde::{Deserialize, Serialize};

pub use odds::{speed_check_odds, steal_odds};

/// The knobs of the computer manager. Probabilities are in `0.0..=1.0`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ManagerConfig {
    /// The first inning that counts as "late" (infield in, sacrifice, pinch hitters).
    pub late_inning: u8,
    /// A game is "close" when the teams are at most this many runs apart.
    pub close_margin: i16,
    /// Steal second when the estimated success rate reaches this.
    pub steal_second_break_even: f64,
    /// Steal third (or double steal, where the runner to third is checked) from this rate.
    pub steal_third_break_even: f64,
    /// Hold a runner whose unheld steal success rate would reach this.
    pub hold_threshold: f64,
    /// Subtracted from every send break-even: positive sends more runners, negative fewer.
    pub send_aggression: f64,
    /// With a trailing runner who would advance on the throw, concede the lead runner's base
    /// when his safe chance reaches this.
    pub concede_break_even: f64,
    /// Hit-and-run in one of this many eligible plate appearances (0: never).
    pub hit_and_run_one_in: u8,
    /// Squeeze in one of this many eligible plate appearances (0: never).
    pub squeeze_one_in: u8,
    /// Walk a dangerous hitter intentionally in the situations the policy allows.
    pub intentional_walks: bool,
    /// Pinch-hit for the pitcher late when trailing.
    pub pinch_hit_for_pitcher: bool,
    /// Replace tired pitchers.
    pub change_tired_pitchers: bool,
}

impl Default for ManagerConfig {
    fn default() -> Self {
        ManagerConfig {
            late_inning: 7,
            close_margin: 2,
            steal_second_break_even: 0.72,
            steal_third_break_even: 0.80,
            hold_threshold: 0.65,
            send_aggression: 0.0,
            concede_break_even: 0.80,
            hit_and_run_one_in: 8,
            squeeze_one_in: 4,
            intentional_walks: true,
            pinch_hit_for_pitcher: true,
            change_tired_pitchers: true,
        }
    }
}

/// The computer manager (rules §16).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ComputerManager {
    config: ManagerConfig,
}

impl ComputerManager {
    /// A manager with these knobs.
    #[must_use]
    pub fn new(config: ManagerConfig) -> Self {
        ComputerManager { config }
    }

    /// Its knobs.
    #[must_use]
    pub fn config(&self) -> &ManagerConfig {
        &self.config
    }

    /// The command for `side` at the pending step: `None` when the step is not `side`'s or the
    /// game is over. The command is legal for the step (the engine accepts it). `dice` is used
    /// only for the manager's occasional plays (hit-and-run, squeeze).
    #[must_use]
    pub fn command(&self, game: &Game, side: Side, dice: &mut dyn Dice) -> Option<Command> {
        let step = game.step();
        if game.state().is_over() || step.side() != Some(side) {
            return None;
        }
        let cfg = &self.config;
        Some(match step {
            Step::Defense { .. } => defense::command(cfg, game, side),
            Step::Offense { .. } => offense::command(cfg, game, side, dice),
            Step::Roll { .. } => Command::Roll,
            Step::CardResult { dice: rolls, .. } => Command::SubmitResult {
                result: manual::card_result(rolls),
            },
            Step::Rating { player, kind, .. } => Command::EnterRating {
                player: *player,
                kind: *kind,
                value: manual::average_rating(game.setup().league(), *kind),
            },
            Step::Decision { question, .. } => Command::Decide {
                choice: decide::answer(cfg, game, *question),
            },
            Step::GameOver => return None,
        })
    }
}
