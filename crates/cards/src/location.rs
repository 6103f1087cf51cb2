//! Fielder by location (cards.md): turning a raw [`SlotResult`] into an engine
//! [`CardResult`] by rolling d100 against the batter's pull, center and slap (opposite-field)
//! rates.
//!
//! The d100 picks a zone: `1..=pull` is the pull zone, the next `center` values the center
//! zone, the rest the opposite field (rates are fractions, rounded to whole percent). Pull is
//! the left side for a right-handed batter and the right side for a left-handed one; a switch
//! hitter bats opposite the pitcher's hand. Within a zone the same d100 picks the fielder: its
//! position inside the zone's range is compared against the zone table's cumulative weights
//! (percent). The tables below are written for a right-handed batter; a left-handed batter
//! uses them mirrored (3B↔1B, SS↔2B, LF↔RF).

use crate::error::{Problem, SideName};
use crate::slots::SlotResult;
use engine_core::league::GroundballType;
use engine_core::{CardResult, Hand, Position};
use serde::{Deserialize, Serialize};

/// Where a ball in play went, relative to the batter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Zone {
    /// The batter's pull side.
    Pull,
    /// Up the middle.
    Center,
    /// The opposite field (PD's "slap").
    Opposite,
}

/// A zone table: fielders with their weight in percent, per zone, for a right-handed batter.
#[derive(Clone, Copy, Debug)]
pub struct ZoneTable {
    /// Pull zone (left side for a right-handed batter).
    pub pull: &'static [(Position, u8)],
    /// Center zone.
    pub center: &'static [(Position, u8)],
    /// Opposite zone (right side for a right-handed batter).
    pub opposite: &'static [(Position, u8)],
}

/// Groundballs: 3B/SS to the pull side, SS/2B/P up the middle, 2B/1B the other way.
pub const GROUNDBALL_ZONES: ZoneTable = ZoneTable {
    pull: &[(Position::B3, 50), (Position::SS, 50)],
    center: &[(Position::SS, 40), (Position::B2, 40), (Position::P, 20)],
    opposite: &[(Position::B2, 50), (Position::B1, 50)],
};

/// Flyballs and liners: LF to the pull side, CF up the middle, RF the other way.
pub const AIR_ZONES: ZoneTable = ZoneTable {
    pull: &[(Position::LF, 100)],
    center: &[(Position::CF, 100)],
    opposite: &[(Position::RF, 100)],
};

/// Popouts (house choice, cards.md leaves them open): infielders and the catcher.
pub const POPUP_ZONES: ZoneTable = ZoneTable {
    pull: &[(Position::B3, 50), (Position::SS, 50)],
    center: &[(Position::C, 40), (Position::SS, 30), (Position::B2, 30)],
    opposite: &[(Position::B2, 50), (Position::B1, 50)],
};

/// A batter's hit-location rates from one side of his card, as d100 cut points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Spray {
    /// d100 ≤ this → pull.
    pull_to: u8,
    /// d100 ≤ this (and above `pull_to`) → center; above → opposite.
    center_to: u8,
}

impl Spray {
    /// Rates as fractions (`pull_rate`, `center_rate`, `slap_rate`), each within 0..=1 and
    /// summing to 1 ± 0.02.
    ///
    /// # Errors
    /// [`Problem::SprayRates`] naming `side`.
    pub fn new(side: SideName, pull: f64, center: f64, slap: f64) -> Result<Spray, Problem> {
        let ok = |r: f64| r.is_finite() && (0.0..=1.0).contains(&r);
        if !(ok(pull) && ok(center) && ok(slap) && (pull + center + slap - 1.0).abs() <= 0.02) {
            return Err(Problem::SprayRates {
                side,
                pull,
                center,
                slap,
            });
        }
        let pull_to = (pull * 100.0).round().clamp(0.0, 100.0) as u8;
        let center_to = ((pull + center) * 100.0)
            .round()
            .clamp(f64::from(pull_to), 100.0) as u8;
        Ok(Spray { pull_to, center_to })
    }

    /// The zone a location d100 (clamped to 1..=100) falls in, and the d100's offset and the
    /// zone's width (offset < width).
    fn zone_of(self, d100: u8) -> (Zone, u8, u8) {
        let d = d100.clamp(1, 100);
        if d <= self.pull_to {
            (Zone::Pull, d - 1, self.pull_to)
        } else if d <= self.center_to {
            (
                Zone::Center,
                d - 1 - self.pull_to,
                self.center_to - self.pull_to,
            )
        } else {
            (Zone::Opposite, d - 1 - self.center_to, 100 - self.center_to)
        }
    }

    /// The zone a location d100 (clamped to 1..=100) falls in.
    #[must_use]
    pub fn zone(self, d100: u8) -> Zone {
        self.zone_of(d100).0
    }
}

/// The hand a batter bats with against a pitcher: a switch hitter bats opposite the
/// pitcher's hand (against a pitcher recorded as `S`, he bats left).
#[must_use]
pub fn batting_hand(batter: Hand, pitcher: Hand) -> Hand {
    match (batter, pitcher) {
        (Hand::S, Hand::L) => Hand::R,
        (Hand::S, _) => Hand::L,
        (h, _) => h,
    }
}

/// The fielding position seen from the other side of the diamond.
#[must_use]
pub fn mirror(p: Position) -> Position {
    match p {
        Position::B1 => Position::B3,
        Position::B3 => Position::B1,
        Position::B2 => Position::SS,
        Position::SS => Position::B2,
        Position::LF => Position::RF,
        Position::RF => Position::LF,
        other => other,
    }
}

/// The fielder a located ball goes to, given the hand the batter bats with.
#[must_use]
pub fn fielder(table: &ZoneTable, spray: Spray, d100: u8, batting: Hand) -> Position {
    let (zone, offset, width) = spray.zone_of(d100);
    let entries = match zone {
        Zone::Pull => table.pull,
        Zone::Center => table.center,
        Zone::Opposite => table.opposite,
    };
    let mut cumulative = 0u32;
    let mut chosen = entries.last().map_or(Position::P, |e| e.0);
    for &(p, w) in entries {
        cumulative += u32::from(w);
        if u32::from(offset) * 100 < cumulative * u32::from(width) {
            chosen = p;
            break;
        }
    }
    if batting == Hand::L {
        mirror(chosen)
    } else {
        chosen
    }
}

/// The engine card result for a slot, filling in the fielder from the hit location where the
/// card leaves it open.
///
/// `batter_hand` is the batter's card hand (R, L or S) and `pitcher_hand` the pitcher's; the
/// spray is the batter's, from his side against this pitcher. `location_d100` is only read
/// when [`SlotResult::needs_location`] holds.
#[must_use]
pub fn card_result(
    slot: SlotResult,
    location_d100: u8,
    batter_hand: Hand,
    pitcher_hand: Hand,
    spray: Spray,
) -> CardResult {
    let bats = batting_hand(batter_hand, pitcher_hand);
    let at = |table: &ZoneTable| fielder(table, spray, location_d100, bats);
    match slot {
        SlotResult::Homerun => CardResult::Homerun,
        SlotResult::BpHomerun => CardResult::BpHomerun,
        SlotResult::Triple => CardResult::Triple,
        SlotResult::Double3 => CardResult::Double3,
        SlotResult::Double2 | SlotResult::DoublePull => CardResult::Double2,
        SlotResult::DoubleUncapped(p) => CardResult::DoubleUncapped(p),
        SlotResult::Single2 => CardResult::Single2,
        SlotResult::Single1 | SlotResult::SingleCenter => CardResult::Single1,
        SlotResult::SingleUncapped(p) => CardResult::SingleUncapped(p),
        SlotResult::BpSingle => CardResult::BpSingle,
        SlotResult::Hbp => CardResult::Hbp,
        SlotResult::Walk => CardResult::Walk,
        SlotResult::Strikeout => CardResult::Strikeout,
        SlotResult::Lineout => CardResult::Lineout(at(&AIR_ZONES)),
        SlotResult::Popout => CardResult::Popout(at(&POPUP_ZONES)),
        SlotResult::FlyoutA => CardResult::FlyoutA(at(&AIR_ZONES)),
        SlotResult::FlyoutBq => CardResult::FlyoutBq(at(&AIR_ZONES)),
        SlotResult::FlyoutB(p) => CardResult::FlyoutB(p),
        SlotResult::Groundball(t) => {
            let p = at(&GROUNDBALL_ZONES);
            match t {
                GroundballType::A => CardResult::GroundballA(p),
                GroundballType::B => CardResult::GroundballB(p),
                GroundballType::C => CardResult::GroundballC(p),
            }
        }
        SlotResult::XCheck(p) => CardResult::XCheck(p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spray() -> Spray {
        Spray::new(SideName::VsRight, 0.40, 0.34, 0.26).unwrap()
    }

    #[test]
    fn zones_follow_the_rates() {
        let s = spray();
        let count = |z| (1..=100u8).filter(|&d| s.zone(d) == z).count();
        assert_eq!(
            (
                count(Zone::Pull),
                count(Zone::Center),
                count(Zone::Opposite)
            ),
            (40, 34, 26)
        );
    }

    #[test]
    fn left_handed_batters_mirror_right_handed_ones() {
        for table in [&GROUNDBALL_ZONES, &AIR_ZONES, &POPUP_ZONES] {
            for d in 1..=100u8 {
                let r = fielder(table, spray(), d, Hand::R);
                let l = fielder(table, spray(), d, Hand::L);
                assert_eq!(l, mirror(r), "d100 {d}");
            }
        }
        // A right-handed batter pulls grounders to the left side, a left-handed one to the right.
        assert!(matches!(
            fielder(&GROUNDBALL_ZONES, spray(), 1, Hand::R),
            Position::B3 | Position::SS
        ));
        assert!(matches!(
            fielder(&GROUNDBALL_ZONES, spray(), 1, Hand::L),
            Position::B1 | Position::B2
        ));
        assert_eq!(fielder(&AIR_ZONES, spray(), 100, Hand::R), Position::RF);
        assert_eq!(fielder(&AIR_ZONES, spray(), 100, Hand::L), Position::LF);
    }

    #[test]
    fn zone_tables_split_by_weight() {
        // Pull zone for a .40 puller: d100 1..=20 → 3B, 21..=40 → SS.
        let s = spray();
        let third =
            (1..=40u8).filter(|&d| fielder(&GROUNDBALL_ZONES, s, d, Hand::R) == Position::B3);
        assert_eq!(third.count(), 20);
        for t in [&GROUNDBALL_ZONES, &AIR_ZONES, &POPUP_ZONES] {
            for z in [t.pull, t.center, t.opposite] {
                assert_eq!(z.iter().map(|e| u32::from(e.1)).sum::<u32>(), 100);
            }
        }
    }

    #[test]
    fn switch_hitters_bat_opposite_the_pitcher() {
        assert_eq!(batting_hand(Hand::S, Hand::R), Hand::L);
        assert_eq!(batting_hand(Hand::S, Hand::L), Hand::R);
        assert_eq!(batting_hand(Hand::R, Hand::R), Hand::R);
        // A switch hitter against a right-hander bats left: his pulled grounders go right.
        let r = card_result(
            SlotResult::Groundball(GroundballType::A),
            1,
            Hand::S,
            Hand::R,
            spray(),
        );
        assert!(matches!(
            r,
            CardResult::GroundballA(Position::B1 | Position::B2)
        ));
        let r = card_result(
            SlotResult::Groundball(GroundballType::A),
            1,
            Hand::S,
            Hand::L,
            spray(),
        );
        assert!(matches!(
            r,
            CardResult::GroundballA(Position::B3 | Position::SS)
        ));
    }

    #[test]
    fn fixed_fielders_and_hits_map_per_cards_md() {
        let s = spray();
        let m = |r| card_result(r, 50, Hand::R, Hand::R, s);
        assert_eq!(m(SlotResult::SingleCenter), CardResult::Single1);
        assert_eq!(m(SlotResult::DoublePull), CardResult::Double2);
        assert_eq!(
            m(SlotResult::SingleUncapped(Position::CF)),
            CardResult::SingleUncapped(Position::CF)
        );
        assert_eq!(
            m(SlotResult::FlyoutB(Position::LF)),
            CardResult::FlyoutB(Position::LF)
        );
        assert_eq!(
            m(SlotResult::XCheck(Position::SS)),
            CardResult::XCheck(Position::SS)
        );
        assert_eq!(m(SlotResult::FlyoutA), CardResult::FlyoutA(Position::CF));
        for d in 1..=100 {
            let r = card_result(SlotResult::Popout, d, Hand::L, Hand::R, s);
            assert!(r.fielder_is_valid());
        }
    }
}
