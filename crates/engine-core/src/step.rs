//! Rules §2 Flow of one plate appearance: the pending step — what the game waits for, and from
//! whom. Exactly one step is pending at any time, or the game is over.

use crate::dice::Roll;
use crate::ids::{Base, PlayerId, Side};
use crate::ratings::RatingKind;
use serde::{Deserialize, Serialize};

/// What the game is waiting for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// The defense's substitution window and defensive decision (rules §2.1–2.2).
    Defense {
        /// The fielding team.
        side: Side,
    },
    /// The offense's substitution window and offensive decision (rules §2.1, §2.3).
    Offense {
        /// The batting team.
        side: Side,
    },
    /// The batting team rolls the at-bat dice (or the bunt/hit-and-run die).
    Roll {
        /// The batting team.
        side: Side,
    },
    /// Manual mode: the owner of the rolled card submits the card result (rules §2.6).
    CardResult {
        /// The manager whose card was rolled.
        side: Side,
        /// The at-bat dice, so the manager can read the card.
        dice: Vec<Roll>,
        /// The pitcher is tired: read the batter's card, column white − 3 (rules §11).
        read_batter_card: bool,
    },
    /// A rating the engine lacks: the manager who holds that card types it in (rules §2).
    Rating {
        /// Who must answer.
        side: Side,
        /// Whose rating.
        player: PlayerId,
        /// Which rating.
        kind: RatingKind,
    },
    /// A choice during resolution (send/hold, throw/concede, throw target).
    Decision {
        /// Who must answer.
        side: Side,
        /// The question.
        question: Question,
    },
    /// The game is over.
    GameOver,
}

impl Step {
    /// The side that must act, if any.
    #[must_use]
    pub fn side(&self) -> Option<Side> {
        match self {
            Step::Defense { side }
            | Step::Offense { side }
            | Step::Roll { side }
            | Step::CardResult { side, .. }
            | Step::Rating { side, .. }
            | Step::Decision { side, .. } => Some(*side),
            Step::GameOver => None,
        }
    }

    /// The command kinds the acting side may send now (besides dispute, undo and concede).
    #[must_use]
    pub fn allowed(&self) -> &'static [&'static str] {
        match self {
            Step::Defense { .. } => &["substitute", "set_defense"],
            Step::Offense { .. } => &["substitute", "set_offense"],
            Step::Roll { .. } => &["roll"],
            Step::CardResult { .. } => &["submit_result"],
            Step::Rating { .. } => &["enter_rating"],
            Step::Decision { .. } => &["decide"],
            Step::GameOver => &[],
        }
    }
}

/// A choice the engine asks for during resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "question", rename_all = "snake_case")]
pub enum Question {
    /// Offense: send the runner for an extra base, or hold him (answer `go` or `hold`).
    Send {
        /// The runner.
        runner: PlayerId,
        /// Where he is.
        from: Base,
        /// Where he would go.
        to: Base,
    },
    /// Defense: throw at the runner, or concede the base (answer `throw` or `concede`).
    Throw {
        /// The runner.
        runner: PlayerId,
        /// The base he is going to.
        to: Base,
    },
    /// Offense: a trailing runner may take an extra base on the throw (`go` or `hold`).
    Trail {
        /// The runner.
        runner: PlayerId,
        /// Where he is.
        from: Base,
        /// Where he would go.
        to: Base,
    },
    /// Defense, groundball result 9: throw home or to first (`home` or `first`).
    ThrowTarget {
        /// The runner from third.
        runner: PlayerId,
    },
}

impl Question {
    /// The choices that answer this question.
    #[must_use]
    pub fn choices(self) -> [Choice; 2] {
        match self {
            Question::Send { .. } | Question::Trail { .. } => [Choice::Go, Choice::Hold],
            Question::Throw { .. } => [Choice::Throw, Choice::Concede],
            Question::ThrowTarget { .. } => [Choice::Home, Choice::First],
        }
    }
}

/// An answer to a [`Question`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// Send the runner.
    Go,
    /// Hold the runner.
    Hold,
    /// Throw at the runner.
    Throw,
    /// Concede the base.
    Concede,
    /// Throw home.
    Home,
    /// Throw to first.
    First,
}
