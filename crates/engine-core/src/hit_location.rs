//! cards.md "Fielder by location": which fielder a ball in play goes to when the card leaves
//! it open, from a d100 against the batter's pull, center and slap (opposite-field) rates.
//!
//! The d100 picks a zone: `1..=pull` is the pull zone, the next `center` values the center
//! zone, the rest the opposite field. Pull is the left side for a right-handed batter and the
//! right side for a left-handed one; a switch hitter bats opposite the pitcher's hand. Within a
//! zone the same d100 picks the fielder: its offset inside the zone is compared against the
//! zone's cumulative percentages. The zone splits are league data ([`LocationCharts`], in
//! `league::Charts::location`), written for a right-handed batter; a left-handed batter uses
//! them mirrored (3B↔1B, SS↔2B, LF↔RF).

use crate::card_result::CardResult;
use crate::ids::{Hand, Position};
use crate::slots::{BallKind, SlotResult};
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

/// One fielder's share of a zone, in percent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FielderShare {
    /// The fielder.
    pub position: Position,
    /// His share of the zone's balls, in percent.
    pub percent: u8,
}

/// The fielders of each zone for a right-handed batter, each zone's shares summing to 100.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZoneTable {
    /// Pull zone (the left side for a right-handed batter).
    pub pull: Vec<FielderShare>,
    /// Center zone.
    pub center: Vec<FielderShare>,
    /// Opposite zone (the right side for a right-handed batter).
    pub opposite: Vec<FielderShare>,
}

impl ZoneTable {
    /// The shares of one zone.
    #[must_use]
    pub fn zone(&self, zone: Zone) -> &[FielderShare] {
        match zone {
            Zone::Pull => &self.pull,
            Zone::Center => &self.center,
            Zone::Opposite => &self.opposite,
        }
    }
}

/// The league's zone splits (data: league-config `charts/location.toml`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocationCharts {
    /// Groundballs.
    pub groundball: ZoneTable,
    /// Flyballs and liners.
    pub air: ZoneTable,
    /// Popouts.
    pub popup: ZoneTable,
}

impl LocationCharts {
    /// The zone table for a kind of ball.
    #[must_use]
    pub fn table(&self, kind: BallKind) -> &ZoneTable {
        match kind {
            BallKind::Groundball => &self.groundball,
            BallKind::Air => &self.air,
            BallKind::Popup => &self.popup,
        }
    }
}

/// A batter's hit-location rates from one side of his card, in whole percent (d100 values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Spray {
    /// Percent of balls in play pulled.
    pub pull: u8,
    /// Percent up the middle.
    pub center: u8,
    /// Percent to the opposite field (PD `slap_rate`).
    pub slap: u8,
}

impl Spray {
    /// Whether the rates are usable: they sum to exactly 100.
    #[must_use]
    pub fn is_valid(self) -> bool {
        u16::from(self.pull) + u16::from(self.center) + u16::from(self.slap) == 100
    }

    /// The zone a location d100 (clamped to 1..=100) falls in, the d100's offset inside it and
    /// the zone's width (offset < width).
    fn zone_of(self, d100: u8) -> (Zone, u8, u8) {
        let d = d100.clamp(1, 100);
        let pull_to = self.pull.min(100);
        let center_to = pull_to.saturating_add(self.center).min(100);
        if d <= pull_to {
            (Zone::Pull, d - 1, pull_to)
        } else if d <= center_to {
            (Zone::Center, d - 1 - pull_to, center_to - pull_to)
        } else {
            (Zone::Opposite, d - 1 - center_to, 100 - center_to)
        }
    }

    /// The zone a location d100 (clamped to 1..=100) falls in.
    #[must_use]
    pub fn zone(self, d100: u8) -> Zone {
        self.zone_of(d100).0
    }
}

/// The hand a batter bats with against a pitcher: a switch hitter bats opposite the pitcher's
/// hand (against a pitcher recorded as `S`, he bats left).
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

/// The fielder a located ball goes to, given the hand the batter bats with. A zone without
/// fielders (never in validated data) falls back to the pitcher.
#[must_use]
pub fn fielder(table: &ZoneTable, spray: Spray, d100: u8, batting: Hand) -> Position {
    let (zone, offset, width) = spray.zone_of(d100);
    let entries = table.zone(zone);
    let mut cumulative = 0u32;
    let mut chosen = entries.last().map_or(Position::P, |e| e.position);
    for e in entries {
        cumulative += u32::from(e.percent);
        if u32::from(offset) * 100 < cumulative * u32::from(width) {
            chosen = e.position;
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
/// card leaves it open. `batting` is the hand the batter bats with in this matchup (see
/// [`batting_hand`]); `location_d100` is only read when [`SlotResult::needs_location`] holds.
#[must_use]
pub fn card_result(
    slot: SlotResult,
    location_d100: u8,
    batting: Hand,
    spray: Spray,
    charts: &LocationCharts,
) -> CardResult {
    slot.card_result(|kind| fielder(charts.table(kind), spray, location_d100, batting))
}

#[cfg(test)]
mod tests;
