//! What the computer answers where a human would read a physical card (manual result entry,
//! SBA): the card result and typed-in ratings. Solo play against the computer is meant for PD
//! auto games, where the engine reads digital cards; these answers make SBA solo games and
//! bot games possible, at the price of every player playing like a league-average player.
//!
//! **Card results.** The at-bat dice give 6 × 6 × 6 × 20 = 4320 equally likely rolls. The roll
//! is numbered `((white − 1)·36 + (red1 − 1)·6 + (red2 − 1))·20 + (split − 1)` and scaled to
//! per mille; [`CARD_DISTRIBUTION`] maps the per-mille value to a result (the white die picks
//! no card here: batter and pitcher columns share the one distribution, tired pitcher or not).
//! A fielder, where the code names one, is picked from the result's fielder group by
//! `(white + 3·red1 + 5·red2 + split) mod group size`. The distribution is a house
//! approximation of a league-average plate appearance: 20 % strikeouts, 9 % walks and HBP,
//! about 21 % hits before X-checks (3.5 % home runs, ballpark ones included), 8 % X-checks.
//!
//! **Ratings** ([`average_rating`]): running 12, steal 7 / 13 with a good jump on 6–8,
//! bunting and hit-and-run C, wild pitch 3, balk 1, hold 0, pickoff the league's default,
//! starter endurance 6, relief endurance 2, range 3, error a quarter of the highest rating the
//! position's error chart covers, arm 0, passed ball 3 — each clamped to the rating's range.

use crate::card_result::CardResult;
use crate::dice::{Purpose, Roll};
use crate::ids::{Grade, Position};
use crate::league::League;
use crate::ratings::RatingKind;

/// Where a distribution entry's fielder comes from.
#[derive(Clone, Copy, Debug)]
pub enum Pick {
    /// A result without a fielder.
    Fixed(CardResult),
    /// A result to an outfielder (LF, CF, RF).
    Outfield(fn(Position) -> CardResult),
    /// A groundball to an infielder or the pitcher (1B, 2B, 3B, SS, P).
    Infield(fn(Position) -> CardResult),
    /// A result to any of the nine fielders.
    Anyone(fn(Position) -> CardResult),
}

/// The league-average card: (per-mille weight, result). The weights sum to 1000.
pub const CARD_DISTRIBUTION: [(u16, Pick); 23] = [
    (200, Pick::Fixed(CardResult::Strikeout)),
    (80, Pick::Fixed(CardResult::Walk)),
    (10, Pick::Fixed(CardResult::Hbp)),
    (60, Pick::Fixed(CardResult::Single1)),
    (25, Pick::Fixed(CardResult::Single2)),
    (35, Pick::Outfield(CardResult::SingleUncapped)),
    (10, Pick::Fixed(CardResult::BpSingle)),
    (20, Pick::Fixed(CardResult::Double2)),
    (5, Pick::Fixed(CardResult::Double3)),
    (15, Pick::Outfield(CardResult::DoubleUncapped)),
    (5, Pick::Fixed(CardResult::Triple)),
    (25, Pick::Fixed(CardResult::Homerun)),
    (10, Pick::Fixed(CardResult::BpHomerun)),
    (60, Pick::Infield(CardResult::GroundballA)),
    (80, Pick::Infield(CardResult::GroundballB)),
    (50, Pick::Infield(CardResult::GroundballC)),
    (30, Pick::Outfield(CardResult::FlyoutA)),
    (40, Pick::Outfield(CardResult::FlyoutB)),
    (20, Pick::Outfield(CardResult::FlyoutBq)),
    (30, Pick::Outfield(CardResult::FlyoutC)),
    (40, Pick::Anyone(CardResult::Lineout)),
    (70, Pick::Anyone(CardResult::Popout)),
    (80, Pick::Anyone(CardResult::XCheck)),
];

const OUTFIELD: [Position; 3] = [Position::LF, Position::CF, Position::RF];
const INFIELD: [Position; 5] = [
    Position::B1,
    Position::B2,
    Position::B3,
    Position::SS,
    Position::P,
];

fn die(rolls: &[Roll], purpose: Purpose) -> u16 {
    rolls
        .iter()
        .find(|r| r.purpose == purpose)
        .map_or(1, |r| u16::from(r.value.max(1)))
}

/// The card result the computer submits for these at-bat dice (see the module header).
#[must_use]
pub fn card_result(rolls: &[Roll]) -> CardResult {
    let white = die(rolls, Purpose::White).min(6);
    let red1 = die(rolls, Purpose::Red1).min(6);
    let red2 = die(rolls, Purpose::Red2).min(6);
    let split = die(rolls, Purpose::Split).min(20);
    let index = u32::from(((white - 1) * 36 + (red1 - 1) * 6 + (red2 - 1)) * 20 + (split - 1));
    let per_mille = index * 1000 / 4320;
    let fielder_seed = usize::from(white + 3 * red1 + 5 * red2 + split);
    let mut total = 0u32;
    for &(weight, pick) in &CARD_DISTRIBUTION {
        total += u32::from(weight);
        if per_mille < total {
            return pick_result(pick, fielder_seed);
        }
    }
    CardResult::Strikeout
}

fn pick_result(pick: Pick, seed: usize) -> CardResult {
    let from = |group: &[Position]| group[seed % group.len()];
    match pick {
        Pick::Fixed(r) => r,
        Pick::Outfield(f) => f(from(&OUTFIELD)),
        Pick::Infield(f) => f(from(&INFIELD)),
        Pick::Anyone(f) => f(from(&Position::FIELD)),
    }
}

/// The league-average value the computer enters for a rating it cannot read from a card (see
/// the module header for the table). Always within `kind.range()`.
#[must_use]
pub fn average_rating(league: &League, kind: RatingKind) -> i16 {
    let value = match kind {
        RatingKind::Running => 12,
        RatingKind::StealLow => 7,
        RatingKind::StealHigh => 13,
        RatingKind::StealJump => (1 << 6) | (1 << 7) | (1 << 8),
        RatingKind::Bunting | RatingKind::HitAndRun => Grade::C.index() as i16,
        RatingKind::WildPitch => 3,
        RatingKind::Balk => 1,
        RatingKind::Hold => 0,
        RatingKind::Pickoff => i16::from(league.charts.steal.default_pickoff),
        RatingKind::StarterEndurance => 6,
        RatingKind::ReliefEndurance => 2,
        RatingKind::Range(_) => 3,
        RatingKind::Error(pos) => i16::from(league.charts.errors.for_position(pos).max_rating / 4),
        RatingKind::Arm(_) => 0,
        RatingKind::PassedBall => 3,
    };
    let range = kind.range();
    value.clamp(*range.start(), *range.end())
}
