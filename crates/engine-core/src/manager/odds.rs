//! The odds the manager decides by, computed from the engine's own formulas (rules §8.1 steal,
//! §8.4 speed check) with the ratings the engine would read (league average where unknown).

use super::situation::rating;
use crate::game::Game;
use crate::ids::{Base, PlayerId, Position, Side};
use crate::ratings::{JUMP_AUTO, RatingKind};

/// P(d20 ≤ n).
fn d20_at_most(n: i16) -> f64 {
    f64::from(n.clamp(0, 20)) / 20.0
}

/// Ways to roll each 2d6 total (index = total).
const TWO_D6: [u8; 13] = [0, 0, 1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1];

/// P(good jump) for a jump mask (rules §8.1: bit n set = a total of n is a good jump).
fn good_jump(mask: i16) -> f64 {
    if mask == JUMP_AUTO {
        return 1.0;
    }
    let ways: u32 = (2..=12)
        .filter(|&t| mask & (1 << t) != 0)
        .map(|t| u32::from(TWO_D6[t]))
        .sum();
    f64::from(ways) / 36.0
}

/// Rules §8.1: the chance that a steal attempt by the runner on `base` (the lead runner of the
/// attempt) ends with the runners advanced rather than the lead runner out, given the
/// defense's current decision (held or not). Counts the jump roll's pickoff (1 in 20, then
/// d20 ≤ pickoff) and balk (1 in 20, then d20 ≤ balk) branches; the other 18 in 20 are the 2d6
/// jump and the safe check d20 ≤ safe number − catcher's arm + pitcher's hold (+ held).
/// Returns 0 when nobody is on `base`.
#[must_use]
pub fn steal_odds(game: &Game, base: Base) -> f64 {
    let held = game.state().defense.hold.contains(&base);
    steal_odds_held(game, base, held)
}

/// [`steal_odds`] with the hold given explicitly.
pub(super) fn steal_odds_held(game: &Game, base: Base, held: bool) -> f64 {
    let state = game.state();
    let Some(runner) = state.bases.get(base) else {
        return 0.0;
    };
    let defense = state.team(state.fielding());
    let pitcher = defense.pitcher();
    let catcher = defense.at(Position::C).unwrap_or(pitcher);
    let runner = runner.player;
    let steal = game.setup().league().charts.steal;
    let modifier = rating(game, pitcher, RatingKind::Hold)
        - rating(game, catcher, RatingKind::Arm(Position::C))
        + if held { i16::from(steal.held) } else { 0 };
    let jump = good_jump(rating(game, runner, RatingKind::StealJump));
    let high = d20_at_most(rating(game, runner, RatingKind::StealHigh) + modifier);
    let low = d20_at_most(rating(game, runner, RatingKind::StealLow) + modifier);
    let safe = jump * high + (1.0 - jump) * low;
    let pickoff = d20_at_most(pickoff_number(game, pitcher));
    let balk = d20_at_most(rating(game, pitcher, RatingKind::Balk));
    let advanced = 0.9 * safe + 0.05 * balk;
    let out = 0.9 * (1.0 - safe) + 0.05 * pickoff;
    if advanced + out <= 0.0 {
        0.0
    } else {
        advanced / (advanced + out)
    }
}

fn pickoff_number(game: &Game, pitcher: PlayerId) -> i16 {
    super::situation::known(game, pitcher, RatingKind::Pickoff)
        .unwrap_or_else(|| i16::from(game.setup().league().charts.steal.default_pickoff))
}

/// Rules §8.4: the chance that `runner` is safe on a speed check thrown by the fielder at
/// `thrower` (`None`: unknown, no arm), with `outs` out, going for home from second on a
/// single or not. Safe when d20 ≤ running + arm (+ two-out bonus, − the single penalty).
#[must_use]
pub fn speed_check_odds(
    game: &Game,
    runner: PlayerId,
    thrower: Option<Position>,
    outs: u8,
    home_from_second_on_single: bool,
) -> f64 {
    let mods = game.setup().league().charts.speed;
    let mut safe = rating(game, runner, RatingKind::Running) + arm(game, thrower);
    if outs >= 2 {
        safe += i16::from(mods.two_outs);
    }
    if home_from_second_on_single {
        safe += i16::from(mods.home_from_second_on_single);
    }
    d20_at_most(safe)
}

/// The arm the speed check adds: outfielders' and the catcher's, nobody else's.
fn arm(game: &Game, thrower: Option<Position>) -> i16 {
    let Some(pos) = thrower.filter(|p| p.is_outfield() || *p == Position::C) else {
        return 0;
    };
    let state = game.state();
    let fielding: Side = state.fielding();
    match state.team(fielding).at(pos) {
        Some(fielder) => rating(game, fielder, RatingKind::Arm(pos)),
        None => 0,
    }
}
