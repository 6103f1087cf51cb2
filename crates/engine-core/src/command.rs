//! Rules §2 and §14: the commands a manager (or league admin) may send, and the decisions
//! they carry. A command from the wrong side, at the wrong step, or illegal for the situation
//! is refused with a [`crate::RuleError`] and changes nothing.

use crate::card_result::CardResult;
use crate::ids::{Base, PlayerId, Position, Side};
use crate::ratings::RatingKind;
use crate::step::Choice;
use serde::{Deserialize, Serialize};

/// Who sends a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// A team's manager (or the computer manager playing that team).
    Team(Side),
    /// A league admin (may undo alone).
    Admin,
}

/// A command.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum Command {
    /// Lineup changes, applied together (rules §10).
    Substitute {
        /// The changes.
        changes: Vec<Change>,
    },
    /// The defensive decision (rules §2.2); closes the defense's window.
    SetDefense(DefenseDecision),
    /// The offensive decision (rules §2.3); closes the offense's window.
    SetOffense {
        /// What the offense does.
        decision: OffenseDecision,
    },
    /// Roll the dice (rules §3).
    Roll,
    /// Manual mode: the card result read from the rolled card (rules §2.6).
    SubmitResult {
        /// The result.
        result: CardResult,
    },
    /// A rating the engine asked for (rules §2).
    EnterRating {
        /// Whose rating.
        player: PlayerId,
        /// Which rating.
        kind: RatingKind,
        /// Its value from the card.
        value: i16,
    },
    /// Answer a decision (send/hold, throw/concede, throw target).
    Decide {
        /// The answer.
        choice: Choice,
    },
    /// Dispute the last manually submitted card result (rules §14).
    Dispute,
    /// Ask to undo the last play; done when both managers ask (or an admin does) (rules §14).
    Undo,
    /// Concede the game (rules §12).
    Concede,
}

impl Command {
    /// The command's name as used in `Step::allowed` and error messages.
    #[must_use]
    pub fn name(&self) -> &'static str {
        match self {
            Command::Substitute { .. } => "substitute",
            Command::SetDefense(_) => "set_defense",
            Command::SetOffense { .. } => "set_offense",
            Command::Roll => "roll",
            Command::SubmitResult { .. } => "submit_result",
            Command::EnterRating { .. } => "enter_rating",
            Command::Decide { .. } => "decide",
            Command::Dispute => "dispute",
            Command::Undo => "undo",
            Command::Concede => "concede",
        }
    }
}

/// One lineup change (rules §10).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    /// Offense: `sub` bats for the batter due up (`out`), who leaves the game.
    PinchHitter {
        /// The batter due up.
        out: PlayerId,
        /// The pinch hitter.
        sub: PlayerId,
    },
    /// Offense: `sub` runs for `out`, a runner on base, who leaves the game.
    PinchRunner {
        /// The runner.
        out: PlayerId,
        /// The pinch runner.
        sub: PlayerId,
    },
    /// Defense: `sub` replaces `out` in his batting slot and plays `position`
    /// (a pitching change is a replacement at P).
    Replace {
        /// The player leaving.
        out: PlayerId,
        /// The player entering.
        sub: PlayerId,
        /// Where the new player plays.
        position: Position,
    },
    /// Defense: a player in the game moves to another position.
    Move {
        /// The player.
        player: PlayerId,
        /// His new position.
        position: Position,
    },
}

/// Infield depth (rules §2.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InfieldDepth {
    /// Normal.
    #[default]
    Normal,
    /// Infield in.
    In,
    /// Corners (1B, 3B) in.
    CornersIn,
}

/// Outfield depth (rules §2.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutfieldDepth {
    /// Normal.
    #[default]
    Normal,
    /// Outfield in.
    In,
}

/// The defensive decision.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DefenseDecision {
    /// Infield depth.
    pub infield: InfieldDepth,
    /// Outfield depth.
    pub outfield: OutfieldDepth,
    /// Bases whose runners are held.
    pub hold: Vec<Base>,
    /// Walk the batter intentionally (ends the plate appearance at once).
    pub intentional_walk: bool,
}

/// The offensive decision.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "play", rename_all = "snake_case")]
pub enum OffenseDecision {
    /// Swing away.
    #[default]
    Swing,
    /// Steal with the runners on these bases (rules §8.1).
    Steal {
        /// Bases of the runners who go.
        runners: Vec<Base>,
    },
    /// Hit-and-run (rules §9).
    HitAndRun,
    /// Sacrifice bunt.
    SacBunt,
    /// Squeeze (runner on third).
    Squeeze,
    /// Bunt for a hit.
    BuntForHit,
}
