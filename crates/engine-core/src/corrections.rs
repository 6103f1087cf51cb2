//! Rules §14 Corrections: a manual card result may be disputed until the next at-bat roll (the
//! play is rolled back and the result resubmitted); the last play may be undone when both
//! managers agree, or a league admin decides. Both append an `Action::Reverted` event that
//! restores an earlier state; the log itself is never edited.

use crate::command::Actor;
use crate::error::RuleError;
use crate::event::{Action, RevertReason};
use crate::state::GameState;

/// The action for an undo request by `actor`: the first manager's request waits for the
/// other's; the second (or an admin) reverts to the end of the play before the last one.
pub(crate) fn undo(state: &GameState, actor: Actor) -> Result<Action, RuleError> {
    let revert = || {
        undo_target(state).map(|to| Action::Reverted {
            to,
            reason: RevertReason::Undo,
        })
    };
    match (actor, state.undo_requested) {
        (Actor::Admin, _) => revert(),
        (Actor::Team(side), Some(asked)) if asked == side => Err(RuleError::UndoPending),
        (Actor::Team(_), Some(_)) => revert(),
        (Actor::Team(_), None) => undo_target(state).map(|_| Action::UndoRequested),
    }
}

/// The action for a dispute: back to just before the manual result was submitted.
pub(crate) fn dispute(state: &GameState) -> Result<Action, RuleError> {
    state
        .disputable
        .map(|to| Action::Reverted {
            to,
            reason: RevertReason::Dispute,
        })
        .ok_or(RuleError::NothingToDispute)
}

/// The event after which the play before the last one was complete (0: the start).
fn undo_target(state: &GameState) -> Result<u64, RuleError> {
    let plays = &state.plays;
    if plays.is_empty() {
        return Err(RuleError::NothingToUndo);
    }
    Ok(plays
        .len()
        .checked_sub(2)
        .and_then(|i| plays.get(i))
        .map_or(0, |p| p.event_no))
}
