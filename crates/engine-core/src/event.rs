//! Rules §1 and §3: events. Every accepted command becomes one [`Event`] with the next event
//! number: who acted, what was accepted, and every die rolled for it with its purpose. The
//! state is a pure function of the setup and the events (`Game::replay`); replay reads the
//! recorded dice and never rolls.

use crate::command::{Actor, Command};
use crate::dice::Roll;
use serde::{Deserialize, Serialize};

/// One accepted command and its dice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Event number, consecutive from 1 in each game.
    pub number: u64,
    /// Who acted.
    pub actor: Actor,
    /// What was accepted (past tense: the command as it was applied).
    pub action: Action,
    /// Every die rolled while applying it, in order, with its purpose.
    pub dice: Vec<Roll>,
}

/// What an event did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// A command was applied.
    Applied {
        /// The command.
        command: Command,
    },
    /// The state went back to what it was after event `to` (an agreed undo, or a dispute of a
    /// manual card result, which then awaits a new result). Later events stay in the log.
    Reverted {
        /// The event whose resulting state was restored.
        to: u64,
        /// Why.
        reason: RevertReason,
    },
    /// One manager asked to undo; the other must agree.
    UndoRequested,
}

/// Why the state was reverted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RevertReason {
    /// Both managers (or an admin) agreed to undo the last play.
    Undo,
    /// A manual card result was disputed.
    Dispute,
}

impl Event {
    /// A short stable name for the event's kind (for logs and the persistence `kind` column).
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match &self.action {
            Action::Applied { command } => command.name(),
            Action::Reverted {
                reason: RevertReason::Undo,
                ..
            } => "undone",
            Action::Reverted {
                reason: RevertReason::Dispute,
                ..
            } => "disputed",
            Action::UndoRequested => "undo_requested",
        }
    }
}
