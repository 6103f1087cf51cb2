//! Rules §10 Substitutions: pinch hitters and runners (offense), defensive replacements,
//! position switches and pitching changes (defense); no re-entry, position eligibility, the
//! reliever minimum, the DH rules, and nine positions filled before the next pitch.

use crate::command::Change;
use crate::error::RuleError;
use crate::ids::{PlayerId, Position, Side};
use crate::setup::{Setup, eligible};
use crate::state::{GameState, Outing, TeamState};

/// A checked batch of changes, ready to apply.
#[derive(Debug)]
pub(crate) struct Plan {
    side: Side,
    team: TeamState,
    runners: Vec<(PlayerId, PlayerId)>,
    pinch_hitter: bool,
}

impl Plan {
    /// The batch included a pinch hitter (which reopens the defense's window).
    pub fn pinch_hitter(&self) -> bool {
        self.pinch_hitter
    }
}

fn illegal(reason: impl Into<String>) -> RuleError {
    RuleError::IllegalSubstitution {
        reason: reason.into(),
    }
}

/// Check a batch of changes by `side` against the state.
pub(crate) fn plan(
    state: &GameState,
    setup: &Setup,
    side: Side,
    changes: &[Change],
) -> Result<Plan, RuleError> {
    if changes.is_empty() {
        return Err(illegal("no changes"));
    }
    let offense = side == state.batting();
    let mut team = state.team(side).clone();
    let mut runners = Vec::new();
    let mut pinch_hitter = false;
    let dh_before = team.dh.then(|| designated_hitter(&team)).flatten();
    let pitcher_before = team.pitcher();
    let mut entered = Vec::new();
    for &change in changes {
        match change {
            Change::PinchHitter { out, sub } | Change::PinchRunner { out, sub } if offense => {
                check_newcomer(state, setup, side, &team, sub, &entered)?;
                if let Change::PinchHitter { .. } = change {
                    if out != team.batter() {
                        return Err(illegal(format!("{out} is not the batter due up")));
                    }
                    pinch_hitter = true;
                } else {
                    if state.bases.base_of(out).is_none() {
                        return Err(illegal(format!("{out} is not on base")));
                    }
                    runners.push((out, sub));
                }
                swap_in(&mut team, out, sub);
                entered.push(sub);
            }
            Change::Replace { out, sub, position } if !offense => {
                if !team.in_game(out) {
                    return Err(illegal(format!("{out} is not in the game")));
                }
                check_newcomer(state, setup, side, &team, sub, &entered)?;
                swap_in(&mut team, out, sub);
                place(&mut team, sub, position)?;
                entered.push(sub);
            }
            Change::Move { player, position } if !offense => {
                if !team.in_game(player) {
                    return Err(illegal(format!("{player} is not in the game")));
                }
                place(&mut team, player, position)?;
            }
            _ => {
                return Err(illegal(
                    "the offense may pinch-hit and pinch-run; the defense may replace and move",
                ));
            }
        }
    }
    if !offense {
        resolve_dh(&mut team, dh_before)?;
        check_alignment(setup, &team)
            .map_err(|reason| RuleError::IllegalSubstitution { reason })?;
        if team.pitcher() != pitcher_before
            && let Some(o) = state.outing(side)
            && o.owes > 0
        {
            return Err(illegal(format!(
                "{pitcher_before} must face {} more batter(s) first",
                o.owes
            )));
        }
    }
    // The offense's pinch hitters and runners may leave a fielder at a position he cannot play:
    // that is for the defense to fix, and it is checked before that team's next defensive
    // decision. A defensive batch was checked just above.
    team.unchecked = offense;
    Ok(Plan {
        side,
        team,
        runners,
        pinch_hitter,
    })
}

/// The DH: the batting-order player with no fielding position.
fn designated_hitter(team: &TeamState) -> Option<PlayerId> {
    team.slots
        .iter()
        .copied()
        .find(|p| !team.fielders.contains(p))
}

fn check_newcomer(
    state: &GameState,
    setup: &Setup,
    side: Side,
    team: &TeamState,
    sub: PlayerId,
    entered: &[PlayerId],
) -> Result<(), RuleError> {
    match setup.player(sub) {
        Some((s, _)) if s == side => {}
        _ => return Err(RuleError::UnknownPlayer { player: sub, side }),
    }
    let appeared = state.team(side).appeared.iter().any(|&(p, _)| p == sub);
    if team.in_game(sub) || appeared || entered.contains(&sub) || team.removed.contains(&sub) {
        return Err(illegal(format!(
            "{sub} has already played and may not re-enter"
        )));
    }
    Ok(())
}

/// `sub` takes `out`'s batting slot and fielding position; `out` leaves the game.
fn swap_in(team: &mut TeamState, out: PlayerId, sub: PlayerId) {
    for p in team.slots.iter_mut().chain(team.fielders.iter_mut()) {
        if *p == out {
            *p = sub;
        }
    }
    team.removed.push(out);
    let slot = team.slot_of(sub).map(|s| s as u8);
    team.appeared.push((sub, slot));
}

/// Put a player at a position. Whoever stood there is left without a position until another
/// change of the batch places him (or the DH rule removes him).
fn place(team: &mut TeamState, player: PlayerId, position: Position) -> Result<(), RuleError> {
    let Some(i) = position.field_index() else {
        return Err(illegal(
            "only the offense's lineup has a DH; the defense places fielders",
        ));
    };
    // Vacate his old position: the displaced player takes it over for now, so the nine
    // positions stay filled by somebody while the batch is applied.
    let displaced = team.fielders[i];
    if let Some(old) = team.fielders.iter().position(|&p| p == player) {
        team.fielders[old] = displaced;
    }
    team.fielders[i] = player;
    Ok(())
}

/// Rules §10 DH: a DH moved into the field ends the DH for the rest of the game; the player he
/// displaced leaves and the pitcher bats in his slot.
fn resolve_dh(team: &mut TeamState, dh_before: Option<PlayerId>) -> Result<(), RuleError> {
    let Some(dh) = dh_before else { return Ok(()) };
    if !team.fielders.contains(&dh) {
        return Ok(());
    }
    // Somebody who bats has lost his position: he leaves; the pitcher takes his slot.
    let pitcher = team.pitcher();
    let Some(slot) = team.slots.iter().position(|p| !team.fielders.contains(p)) else {
        return Err(illegal(
            "moving the DH into the field must displace a fielder",
        ));
    };
    let gone = team.slots[slot];
    team.removed.push(gone);
    team.slots[slot] = pitcher;
    if let Some(entry) = team.appeared.iter_mut().rev().find(|(p, _)| *p == pitcher) {
        entry.1 = Some(slot as u8);
    }
    team.dh = false;
    Ok(())
}

/// Every position filled by a distinct eligible player, and the batting order consistent with
/// the DH rule.
pub(crate) fn check_alignment(setup: &Setup, team: &TeamState) -> Result<(), String> {
    let mut problems = Vec::new();
    for (i, &p) in team.fielders.iter().enumerate() {
        if team.fielders[..i].contains(&p) {
            problems.push(format!("{p} is placed at two positions"));
        }
        let pos = Position::FIELD[i];
        if let Some((_, player)) = setup.player(p)
            && !eligible(player, pos)
        {
            problems.push(format!("{p} cannot play {pos}"));
        }
    }
    let without_position = team
        .slots
        .iter()
        .filter(|p| !team.fielders.contains(p))
        .count();
    let expected = usize::from(team.dh);
    if without_position != expected {
        problems.push(format!(
            "{without_position} batters have no position (expected {expected})"
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// Apply a checked plan.
pub(crate) fn apply(state: &mut GameState, setup: &Setup, plan: Plan) {
    let side = plan.side;
    let old_pitcher = state.team(side).pitcher();
    for (out, sub) in &plan.runners {
        if let Some(b) = state.bases.base_of(*out)
            && let Some(mut r) = state.bases.get(b)
        {
            r.player = *sub;
            state.bases.set(b, Some(r));
        }
    }
    *state.team_mut(side) = plan.team;
    let new_pitcher = state.team(side).pitcher();
    if new_pitcher == old_pitcher {
        return;
    }
    if side == state.fielding() {
        start_outing(state, setup, side, new_pitcher);
        // Runners already on before the half's first pitch (the extra-inning runner) are the
        // new pitcher's: the one who pitches to the half's first batter (rules §12, §13).
        let half_started = state
            .plays
            .last()
            .is_some_and(|p| p.inning == state.inning && p.half == Some(state.half));
        if !half_started {
            for r in state.bases.0.iter_mut().flatten() {
                r.pitcher = new_pitcher;
            }
        }
    } else if let Some(o) = state.outing_mut(side) {
        // A pinch hitter batted for the pitcher: his outing is over; the defense must bring
        // in a new pitcher before the next pitch.
        o.active = false;
    }
}

/// A new pitcher's outing, with the save-situation facts pitcher decisions need.
fn start_outing(state: &mut GameState, setup: &Setup, side: Side, pitcher: PlayerId) {
    if let Some(o) = state.outing_mut(side) {
        o.active = false;
    }
    let lead = state.lead(side);
    let runners = state.bases.count() as u8;
    state.outings.push(Outing {
        player: pitcher,
        side,
        started: false,
        batters_faced: 0,
        outs: 0,
        runs: 0,
        owes: setup.league().rules.min_batters,
        entry_lead: lead,
        entry_runners: runners,
        active: true,
    });
}
