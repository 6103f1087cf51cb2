//! Errors: a refused command ([`RuleError`]) and a log that cannot be replayed
//! ([`ReplayError`]). Each variant has a stable snake_case code for the protocol edge.

use crate::ids::{Base, PlayerId, Position, Side};
use serde::{Deserialize, Serialize};

/// Why a command was refused. A refused command changes nothing.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum RuleError {
    /// The game is over.
    #[error("the game is over")]
    GameOver,
    /// It is the other side's turn.
    #[error("it is not your turn: waiting for {expected:?}")]
    NotYourTurn {
        /// The side that must act.
        expected: Option<Side>,
    },
    /// The command is not one the pending step accepts.
    #[error("'{command}' is not accepted now; the game waits for {step}")]
    WrongStep {
        /// The command sent.
        command: String,
        /// The pending step's name.
        step: String,
    },
    /// A steal, bunt or hit-and-run the bases do not allow.
    #[error("illegal offensive play: {reason}")]
    IllegalOffense {
        /// Why.
        reason: String,
    },
    /// A defensive decision the bases do not allow (e.g. holding an empty base).
    #[error("illegal defensive decision: {reason}")]
    IllegalDefense {
        /// Why.
        reason: String,
    },
    /// A substitution the rules forbid.
    #[error("illegal substitution: {reason}")]
    IllegalSubstitution {
        /// Why.
        reason: String,
    },
    /// The defense must field a legal alignment before the next pitch.
    #[error("the defense is not legal: {reason}")]
    IllegalDefenseAlignment {
        /// Why.
        reason: String,
    },
    /// A player who is not in this game, or not on the acting team.
    #[error("player {player} is not available to {side:?}")]
    UnknownPlayer {
        /// The player.
        player: PlayerId,
        /// The acting side.
        side: Side,
    },
    /// A card result naming an impossible fielder.
    #[error("{position} cannot field that result")]
    InvalidFielder {
        /// The position named.
        position: Position,
    },
    /// A rating other than the one asked for, or out of range.
    #[error("rating value {value} is not accepted: {reason}")]
    InvalidRating {
        /// The value sent.
        value: i16,
        /// Why.
        reason: String,
    },
    /// An answer that does not answer the pending question.
    #[error("that choice does not answer the question")]
    InvalidChoice,
    /// Nothing to dispute.
    #[error("there is no manual card result to dispute")]
    NothingToDispute,
    /// Nothing to undo.
    #[error("there is no play to undo")]
    NothingToUndo,
    /// The same side asked to undo twice; the other side must agree.
    #[error("waiting for the other manager to agree to the undo")]
    UndoPending,
    /// An admin-only or team-only action.
    #[error("this actor may not do that")]
    Forbidden,
    /// A base that holds no runner.
    #[error("no runner on {base:?}")]
    NoRunner {
        /// The base.
        base: Base,
    },
}

impl RuleError {
    /// The stable machine-readable code.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            RuleError::GameOver => "game_over",
            RuleError::NotYourTurn { .. } => "not_your_turn",
            RuleError::WrongStep { .. } => "wrong_step",
            RuleError::IllegalOffense { .. } => "illegal_offense",
            RuleError::IllegalDefense { .. } => "illegal_defense",
            RuleError::IllegalSubstitution { .. } => "illegal_substitution",
            RuleError::IllegalDefenseAlignment { .. } => "illegal_defense_alignment",
            RuleError::UnknownPlayer { .. } => "unknown_player",
            RuleError::InvalidFielder { .. } => "invalid_fielder",
            RuleError::InvalidRating { .. } => "invalid_rating",
            RuleError::InvalidChoice => "invalid_choice",
            RuleError::NothingToDispute => "nothing_to_dispute",
            RuleError::NothingToUndo => "nothing_to_undo",
            RuleError::UndoPending => "undo_pending",
            RuleError::Forbidden => "forbidden",
            RuleError::NoRunner { .. } => "no_runner",
        }
    }
}

/// Why a log could not be replayed: the log is corrupt or belongs to another setup.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("event {event_no} cannot be replayed: {reason}")]
pub struct ReplayError {
    /// The offending event's number.
    pub event_no: u64,
    /// Why.
    pub reason: String,
}
