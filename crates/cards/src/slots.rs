//! Auto resolution (cards.md): the exact, replayable mapping from an at-bat roll to one of a
//! side's 2160 slots, and from a slot to a raw [`SlotResult`].
//!
//! # The canonical slot order
//!
//! A side holds 108 chances in steps of 0.05, i.e. 108 × 20 = 2160 slots. The slots are laid
//! out by result, each result taking a run of consecutive slots, in the order the PD fields are
//! listed in cards.md (which is also the field order of [`crate::BattingSide`] and
//! [`crate::PitchingSide`]):
//!
//! * batting: `homerun, bp_homerun, triple, double_three, double_two, double_pull, single_two,
//!   single_one, single_center, bp_single, hbp, walk, strikeout, lineout, popout, flyout_a,
//!   flyout_bq, flyout_lf_b, flyout_rf_b, groundout_a, groundout_b, groundout_c`;
//! * pitching: `homerun, bp_homerun, triple, double_three, double_two, double_cf, single_two,
//!   single_one, single_center, bp_single, hbp, walk, strikeout, flyout_lf_b, flyout_cf_b,
//!   flyout_rf_b, groundout_a, groundout_b, xcheck_p, xcheck_c, xcheck_1b, xcheck_2b,
//!   xcheck_3b, xcheck_ss, xcheck_lf, xcheck_cf, xcheck_rf`.
//!
//! A field with `c` chances takes `20·c` slots. The 2160 slots run across the card's three
//! columns consecutively: column 1 is slots 0..720, column 2 is 720..1440, column 3 is
//! 1440..2160.
//!
//! # From the roll to a slot
//!
//! White 1–3 reads the batter's card, column `white`; white 4–6 the pitcher's card, column
//! `white − 3`. Within a column, the ordered red pair picks block `6·(red1 − 1) + (red2 − 1)`
//! of 20 slots, and the split d20 the slot in the block:
//! `slot = 720·(column − 1) + 20·block + (split − 1)`. Every (white, red1, red2, split) maps to a
//! distinct (card, slot), so each result's probability is exactly
//! ½·(batter chances / 108) + ½·(pitcher chances / 108).

use engine_core::Position;
use engine_core::league::GroundballType;
use serde::{Deserialize, Serialize};

/// Slots on one side of a card (108 chances × 20).
pub const SLOTS_PER_SIDE: usize = 2160;
/// Slots in one column of a card (36 ordered red pairs × 20).
pub const SLOTS_PER_COLUMN: usize = 720;
/// Slots in one block (one ordered red pair): the split d20.
pub const SLOTS_PER_BLOCK: usize = 20;

/// Whose card the white die picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardOwner {
    /// White 1–3.
    Batter,
    /// White 4–6.
    Pitcher,
}

/// A slot index on one side of a card, always below [`SLOTS_PER_SIDE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u16", into = "u16")]
pub struct Slot(u16);

impl Slot {
    /// The slot at `index`, if it is below [`SLOTS_PER_SIDE`].
    #[must_use]
    pub fn new(index: usize) -> Option<Slot> {
        (index < SLOTS_PER_SIDE).then_some(Slot(index as u16))
    }

    /// The index 0..2160.
    #[must_use]
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// Every slot of a side, in order.
    pub fn all() -> impl Iterator<Item = Slot> {
        (0..SLOTS_PER_SIDE as u16).map(Slot)
    }
}

impl TryFrom<u16> for Slot {
    type Error = String;
    fn try_from(v: u16) -> Result<Self, Self::Error> {
        Slot::new(usize::from(v)).ok_or_else(|| format!("slot {v} is not below 2160"))
    }
}

impl From<Slot> for u16 {
    fn from(s: Slot) -> u16 {
        s.0
    }
}

/// An at-bat roll with a die outside its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("at-bat roll out of range: white {white}, red {red1}/{red2} (d6), split {split} (d20)")]
pub struct RollError {
    /// White d6 as given.
    pub white: u8,
    /// First red d6 as given.
    pub red1: u8,
    /// Second red d6 as given.
    pub red2: u8,
    /// Split d20 as given.
    pub split: u8,
}

/// The card and slot an at-bat roll addresses (see the module docs for the formula).
///
/// # Errors
/// [`RollError`] when a d6 is outside 1..=6 or the split outside 1..=20.
pub fn slot_index(
    white: u8,
    red1: u8,
    red2: u8,
    split: u8,
) -> Result<(CardOwner, Slot), RollError> {
    let d6 = 1..=6;
    if !d6.contains(&white)
        || !d6.contains(&red1)
        || !d6.contains(&red2)
        || !(1..=20).contains(&split)
    {
        return Err(RollError {
            white,
            red1,
            red2,
            split,
        });
    }
    let (owner, column) = if white <= 3 {
        (CardOwner::Batter, white - 1)
    } else {
        (CardOwner::Pitcher, white - 4)
    };
    let block = 6 * usize::from(red1 - 1) + usize::from(red2 - 1);
    let index =
        SLOTS_PER_COLUMN * usize::from(column) + SLOTS_PER_BLOCK * block + usize::from(split - 1);
    Ok((owner, Slot(index as u16)))
}

/// The inverse of [`slot_index`]: the (white, red1, red2, split) roll that addresses a slot.
#[must_use]
pub fn roll_for(owner: CardOwner, slot: Slot) -> (u8, u8, u8, u8) {
    let i = slot.index();
    let column = (i / SLOTS_PER_COLUMN) as u8;
    let block = (i % SLOTS_PER_COLUMN) / SLOTS_PER_BLOCK;
    let split = (i % SLOTS_PER_BLOCK) as u8 + 1;
    let white = match owner {
        CardOwner::Batter => column + 1,
        CardOwner::Pitcher => column + 4,
    };
    (white, (block / 6) as u8 + 1, (block % 6) as u8 + 1, split)
}

/// A card cell's result before the fielder is known (cards.md "Mapping to result codes").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum SlotResult {
    /// `homerun` → `HOMERUN`.
    Homerun,
    /// `bp_homerun` → `BP_HOMERUN`.
    BpHomerun,
    /// `triple` → `TRIPLE`.
    Triple,
    /// `double_three` → `DOUBLE_3`.
    Double3,
    /// `double_two` → `DOUBLE_2`.
    Double2,
    /// Batting `double_pull` → `DOUBLE_2` to the pull field.
    DoublePull,
    /// Pitching `double_cf` → `DOUBLE_UNCAPPED(CF)`.
    DoubleUncapped(Position),
    /// `single_two` → `SINGLE_2`.
    Single2,
    /// `single_one` → `SINGLE_1`.
    Single1,
    /// Batting `single_center` → `SINGLE_1` to CF.
    SingleCenter,
    /// Pitching `single_center` → `SINGLE_UNCAPPED(CF)`.
    SingleUncapped(Position),
    /// `bp_single` → `BP_SINGLE`.
    BpSingle,
    /// `hbp` → `HBP`.
    Hbp,
    /// `walk` → `WALK`.
    Walk,
    /// `strikeout` → `STRIKEOUT`.
    Strikeout,
    /// `lineout` → `LINEOUT`, fielder by location.
    Lineout,
    /// `popout` → `POPOUT`, fielder by location.
    Popout,
    /// `flyout_a` → `FLYOUT_A`, fielder by location.
    FlyoutA,
    /// `flyout_bq` → `FLYOUT_BQ`, fielder by location.
    FlyoutBq,
    /// `flyout_<pos>_b` → `FLYOUT_B(pos)`, fielder fixed by the card.
    FlyoutB(Position),
    /// `groundout_a/b/c` → `GROUNDBALL_A/B/C`, fielder by location.
    Groundball(GroundballType),
    /// `xcheck_<pos>` → `X_CHECK(pos)`.
    XCheck(Position),
}

impl SlotResult {
    /// Whether turning this into a card result needs the hit-location d100.
    #[must_use]
    pub fn needs_location(self) -> bool {
        matches!(
            self,
            SlotResult::Lineout
                | SlotResult::Popout
                | SlotResult::FlyoutA
                | SlotResult::FlyoutBq
                | SlotResult::Groundball(_)
        )
    }
}

/// A validated side laid out in the canonical slot order: every result with its run of slots,
/// 2160 in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SideLayout {
    /// (result, end of its run, exclusive), in canonical order; the last end is 2160.
    runs: Vec<(SlotResult, u16)>,
}

impl SideLayout {
    /// Lays out results with slot counts that must total [`SLOTS_PER_SIDE`].
    pub(crate) fn new(counts: &[(SlotResult, u32)]) -> Option<SideLayout> {
        let mut end = 0u32;
        let mut runs = Vec::with_capacity(counts.len());
        for &(r, n) in counts {
            end += n;
            runs.push((r, u16::try_from(end).ok()?));
        }
        (end as usize == SLOTS_PER_SIDE).then_some(SideLayout { runs })
    }

    /// The result in a slot.
    #[must_use]
    pub fn result_at(&self, slot: Slot) -> SlotResult {
        let i = slot.0;
        let at = self.runs.partition_point(|&(_, end)| end <= i);
        // A layout always ends at 2160 > i, so `at` is in range; the fallback is unreachable.
        self.runs
            .get(at)
            .or(self.runs.last())
            .map_or(SlotResult::Strikeout, |&(r, _)| r)
    }

    /// Every result with its number of slots, in canonical order (zero counts included).
    pub fn counts(&self) -> impl Iterator<Item = (SlotResult, u32)> + '_ {
        let starts = std::iter::once(0).chain(self.runs.iter().map(|&(_, e)| e));
        self.runs
            .iter()
            .zip(starts)
            .map(|(&(r, end), start)| (r, u32::from(end - start)))
    }

    /// How many slots hold `result` (chances × 20).
    #[must_use]
    pub fn slots_of(&self, result: SlotResult) -> u32 {
        self.counts()
            .filter(|&(r, _)| r == result)
            .map(|(_, n)| n)
            .sum()
    }
}

/// The result in a slot of a side (same as [`SideLayout::result_at`]).
#[must_use]
pub fn result_at(side: &SideLayout, slot: Slot) -> SlotResult {
    side.result_at(slot)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_4320_rolls_map_one_to_one_onto_the_2_x_2160_slots() {
        let mut seen = HashSet::new();
        for white in 1..=6 {
            for red1 in 1..=6 {
                for red2 in 1..=6 {
                    for split in 1..=20 {
                        let (owner, slot) = slot_index(white, red1, red2, split).unwrap();
                        assert_eq!(roll_for(owner, slot), (white, red1, red2, split));
                        assert!(seen.insert((owner, slot)), "slot hit twice");
                    }
                }
            }
        }
        assert_eq!(seen.len(), 2 * SLOTS_PER_SIDE);
        for owner in [CardOwner::Batter, CardOwner::Pitcher] {
            assert!(Slot::all().all(|s| seen.contains(&(owner, s))));
        }
    }

    #[test]
    fn columns_are_consecutive_runs_of_720() {
        assert_eq!(
            slot_index(1, 1, 1, 1).unwrap(),
            (CardOwner::Batter, Slot(0))
        );
        assert_eq!(
            slot_index(2, 1, 1, 1).unwrap(),
            (CardOwner::Batter, Slot(720))
        );
        assert_eq!(
            slot_index(3, 6, 6, 20).unwrap(),
            (CardOwner::Batter, Slot(2159))
        );
        assert_eq!(
            slot_index(4, 1, 2, 3).unwrap(),
            (CardOwner::Pitcher, Slot(22))
        );
        assert_eq!(
            slot_index(6, 2, 1, 1).unwrap(),
            (CardOwner::Pitcher, Slot(1440 + 120))
        );
    }

    #[test]
    fn out_of_range_dice_are_refused() {
        assert!(slot_index(0, 1, 1, 1).is_err());
        assert!(slot_index(7, 1, 1, 1).is_err());
        assert!(slot_index(1, 1, 7, 1).is_err());
        assert!(slot_index(1, 1, 1, 21).is_err());
        assert!(Slot::new(2160).is_none());
    }

    #[test]
    fn results_take_runs_in_canonical_order() {
        let layout = SideLayout::new(&[
            (SlotResult::Homerun, 20),
            (SlotResult::Triple, 0),
            (SlotResult::Walk, 140),
            (SlotResult::Strikeout, 2000),
        ])
        .unwrap();
        let at = |i| layout.result_at(Slot::new(i).unwrap());
        assert_eq!(at(0), SlotResult::Homerun);
        assert_eq!(at(19), SlotResult::Homerun);
        assert_eq!(at(20), SlotResult::Walk);
        assert_eq!(at(159), SlotResult::Walk);
        assert_eq!(at(160), SlotResult::Strikeout);
        assert_eq!(at(2159), SlotResult::Strikeout);
        assert_eq!(layout.slots_of(SlotResult::Triple), 0);
        assert!(SideLayout::new(&[(SlotResult::Walk, 2159)]).is_none());
    }
}
