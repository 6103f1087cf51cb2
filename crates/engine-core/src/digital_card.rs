//! cards.md "PD card model", as the engine reads it: a player's digital batting and pitching
//! cards reduced to what auto resolution needs (each side's [`SlotTable`], the batter's spray
//! and hand), and which side of each card a matchup reads.
//!
//! The batter's side is chosen by the pitcher's hand; the pitcher's side by the hand the batter
//! bats with (a switch hitter bats opposite the pitcher's hand). The `cards` crate builds these
//! values from validated PD cards.

use crate::hit_location::{Spray, batting_hand};
use crate::ids::Hand;
use crate::slots::SlotTable;
use serde::{Deserialize, Serialize};

/// One side of a batting card: its slots and where his balls in play go.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BattingSideTable {
    /// The side's results in slots.
    pub slots: SlotTable,
    /// Hit-location rates of this side.
    pub spray: Spray,
}

/// A digital batting card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigitalBattingCard {
    /// Bats R, L or S (switch).
    pub hand: Hand,
    /// The side read against left-handed pitchers.
    pub vs_left: BattingSideTable,
    /// The side read against right-handed pitchers.
    pub vs_right: BattingSideTable,
}

impl DigitalBattingCard {
    /// The side read against a pitcher throwing with `pitcher_hand`.
    #[must_use]
    pub fn side(&self, pitcher_hand: Hand) -> &BattingSideTable {
        if pitcher_hand == Hand::L {
            &self.vs_left
        } else {
            &self.vs_right
        }
    }
}

/// A digital pitching card (his throwing hand is the player's `throws`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigitalPitchingCard {
    /// The side read against left-handed batters.
    pub vs_left: SlotTable,
    /// The side read against right-handed batters.
    pub vs_right: SlotTable,
}

impl DigitalPitchingCard {
    /// The side read against a batter batting with `batting_hand` (see [`batting_hand`] for
    /// switch hitters).
    #[must_use]
    pub fn side(&self, batting_hand: Hand) -> &SlotTable {
        if batting_hand == Hand::L {
            &self.vs_left
        } else {
            &self.vs_right
        }
    }
}

/// The sides a batter's card and a pitcher's card show each other.
#[derive(Clone, Copy, Debug)]
pub struct Matchup<'a> {
    /// The hand the batter bats with here.
    pub batting_hand: Hand,
    /// The batter's side (by the pitcher's hand).
    pub batter: &'a BattingSideTable,
    /// The pitcher's side (by the batting hand).
    pub pitcher: &'a SlotTable,
}

impl<'a> Matchup<'a> {
    /// The matchup of a batting card against a pitching card thrown with `pitcher_hand`.
    #[must_use]
    pub fn new(
        batter: &'a DigitalBattingCard,
        pitcher: &'a DigitalPitchingCard,
        pitcher_hand: Hand,
    ) -> Self {
        let bats = batting_hand(batter.hand, pitcher_hand);
        Matchup {
            batting_hand: bats,
            batter: batter.side(pitcher_hand),
            pitcher: pitcher.side(bats),
        }
    }
}
