//! Rules §12 End of game: the end of a half-inning, regulation and extra innings, the walk-off,
//! the extra-inning runner, the mercy rule and concession.

use crate::bases::{Bases, Runner};
use crate::command::{DefenseDecision, OffenseDecision};
use crate::ids::{Base, Half};
use crate::setup::Setup;
use crate::state::{Ending, GameState};
use crate::step::Step;

/// End the game.
pub(crate) fn finish(state: &mut GameState, ending: Ending) {
    state.ending = Some(ending);
    state.step = Step::GameOver;
    state.play = None;
    for o in &mut state.outings {
        o.active = false;
    }
}

/// The step that starts a new plate appearance: the defense's window.
pub(crate) fn next_pa_step(state: &mut GameState) -> Step {
    state.defense = DefenseDecision::default();
    state.offense = OffenseDecision::default();
    Step::Defense {
        side: state.fielding(),
    }
}

/// Whether the game is over after a complete half-inning, and how.
fn over_after_half(state: &GameState, setup: &Setup) -> Option<Ending> {
    let rules = &setup.league().rules;
    let (away, home) = (state.score[0], state.score[1]);
    let regulation_done = state.inning >= rules.innings;
    let over = match state.half {
        Half::Top => regulation_done && home > away,
        Half::Bottom => regulation_done && home != away,
    };
    if over {
        return Some(Ending::Completed);
    }
    let mercy = rules.mercy?;
    // A complete inning is over after the bottom half (or after the top when the home team
    // leads and would not bat).
    let lead = u16::abs_diff(home, away);
    let complete = match state.half {
        Half::Bottom => state.inning >= mercy.after_inning,
        Half::Top => state.inning >= mercy.after_inning && home > away,
    };
    (complete && lead >= u16::from(mercy.runs)).then_some(Ending::Mercy)
}

/// Three outs: close the half, end the game or start the next half.
pub(crate) fn end_half(state: &mut GameState, setup: &Setup) {
    if let Some(ending) = over_after_half(state, setup) {
        state.bases = Bases::default();
        finish(state, ending);
        return;
    }
    let new_half = match state.half {
        Half::Top => Half::Bottom,
        Half::Bottom => {
            state.inning += 1;
            Half::Top
        }
    };
    state.half = new_half;
    state.outs = 0;
    state.bases = Bases::default();
    state.reconstructed_outs = 0;
    state.play = None;
    let b = state.batting().index();
    state.line[b].push(0);
    for o in &mut state.outings {
        o.owes = 0;
    }
    if setup.league().rules.extra_inning_runner && state.inning > setup.league().rules.innings {
        place_extra_inning_runner(state);
    }
    state.step = next_pa_step(state);
}

/// Rules §12: in extra innings the batter before the leadoff man starts the half on second.
fn place_extra_inning_runner(state: &mut GameState) {
    let batting = state.batting();
    let team = state.team(batting);
    let slot = usize::from((team.next_slot + 8) % 9);
    let player = team.slots[slot];
    let pitcher = state.team(state.fielding()).pitcher();
    state.bases.set(
        Base::Second,
        Some(Runner {
            player,
            pitcher,
            earned: false,
        }),
    );
    state.auto_runners[batting.index()] += 1;
}
