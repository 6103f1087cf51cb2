//! One batter's card against one pitcher's card: handedness side selection and the complete
//! auto read of an at-bat roll (cards.md "Auto resolution").
//!
//! The batter's side is chosen by the pitcher's hand; the pitcher's side by the hand the batter
//! bats with (a switch hitter bats opposite the pitcher's hand).

use crate::batting::ValidBattingCard;
use crate::location::{Spray, batting_hand, card_result};
use crate::pitching::ValidPitchingCard;
use crate::rates::StatLine;
use crate::slots::{CardOwner, RollError, SideLayout, SlotResult, slot_index};
use engine_core::{CardResult, Hand};

/// A batter's card facing a pitcher's card.
#[derive(Clone, Copy, Debug)]
pub struct Matchup<'a> {
    batter: &'a ValidBattingCard,
    pitcher: &'a ValidPitchingCard,
}

impl<'a> Matchup<'a> {
    /// The matchup of these two cards.
    #[must_use]
    pub fn new(batter: &'a ValidBattingCard, pitcher: &'a ValidPitchingCard) -> Self {
        Matchup { batter, pitcher }
    }

    /// The hand the batter bats with in this matchup.
    #[must_use]
    pub fn batting_hand(&self) -> Hand {
        batting_hand(self.batter.hand(), self.pitcher.hand())
    }

    /// The batter's side read here (by the pitcher's hand) and its spray.
    #[must_use]
    pub fn batter_side(&self) -> (&'a SideLayout, Spray) {
        self.batter.side(self.pitcher.hand())
    }

    /// The pitcher's side read here (by the batter's batting hand).
    #[must_use]
    pub fn pitcher_side(&self) -> &'a SideLayout {
        self.pitcher.side(self.batting_hand())
    }

    /// The raw result an at-bat roll addresses, and whose card it came from.
    ///
    /// # Errors
    /// [`RollError`] when a die is out of range.
    pub fn slot_result(
        &self,
        white: u8,
        red1: u8,
        red2: u8,
        split: u8,
    ) -> Result<(CardOwner, SlotResult), RollError> {
        let (owner, slot) = slot_index(white, red1, red2, split)?;
        let side = match owner {
            CardOwner::Batter => self.batter_side().0,
            CardOwner::Pitcher => self.pitcher_side(),
        };
        Ok((owner, side.result_at(slot)))
    }

    /// The engine result for a raw result, with the fielder from the location d100 (only read
    /// when [`SlotResult::needs_location`] holds).
    #[must_use]
    pub fn card_result(&self, slot: SlotResult, location_d100: u8) -> CardResult {
        let spray = self.batter_side().1;
        card_result(
            slot,
            location_d100,
            self.batter.hand(),
            self.pitcher.hand(),
            spray,
        )
    }

    /// The expected per-PA line of this matchup.
    #[must_use]
    pub fn expected_line(&self) -> StatLine {
        StatLine::of_matchup(self.batter_side().0, self.pitcher_side())
    }
}
