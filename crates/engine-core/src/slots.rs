//! cards.md "Auto resolution (exact, replayable)": the mapping from an at-bat roll to one of a
//! card side's 2160 slots, the raw [`SlotResult`] a slot holds, and the compact per-side
//! [`SlotTable`] a digital card carries.
//!
//! # The canonical slot order
//!
//! A side holds 108 chances in steps of 0.05, i.e. 108 × 20 = 2160 slots. A [`SlotTable`] lays
//! the side's results into consecutive runs of slots in a fixed canonical order (the order the
//! PD fields are listed in cards.md; the `cards` crate fills it). The 2160 slots run across the
//! card's three columns consecutively: column 1 is slots 0..720, column 2 is 720..1440,
//! column 3 is 1440..2160.
//!
//! # From the roll to a slot
//!
//! White 1–3 reads the batter's card, column `white`; white 4–6 the pitcher's card, column
//! `white − 3`. Within a column, the ordered red pair picks block `6·(red1 − 1) + (red2 − 1)`
//! of 20 slots, and the split d20 the slot in the block:
//! `slot = 720·(column − 1) + 20·block + (split − 1)`. Every (white, red1, red2, split) maps to a
//! distinct (card, slot), so each result's probability is exactly
//! ½·(batter chances / 108) + ½·(pitcher chances / 108).

use crate::card_result::CardResult;
use crate::ids::Position;
use crate::league::GroundballType;
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
        u16::try_from(index)
            .ok()
            .filter(|&i| usize::from(i) < SLOTS_PER_SIDE)
            .map(Slot)
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
    let block = 6 * u16::from(red1 - 1) + u16::from(red2 - 1);
    let index = SLOTS_PER_COLUMN as u16 * u16::from(column)
        + SLOTS_PER_BLOCK as u16 * block
        + u16::from(split - 1);
    Ok((owner, Slot(index)))
}

/// The inverse of [`slot_index`]: the (white, red1, red2, split) roll that addresses a slot.
#[must_use]
pub fn roll_for(owner: CardOwner, slot: Slot) -> (u8, u8, u8, u8) {
    let i = slot.0;
    let column = (i / SLOTS_PER_COLUMN as u16) as u8;
    let block = (i % SLOTS_PER_COLUMN as u16) / SLOTS_PER_BLOCK as u16;
    let split = (i % SLOTS_PER_BLOCK as u16) as u8 + 1;
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

    /// The card result, asking `locate` for the fielder of a ball the card leaves open (it is
    /// called only when [`SlotResult::needs_location`] holds, with the kind of ball).
    pub fn card_result(self, locate: impl FnOnce(BallKind) -> Position) -> CardResult {
        match self {
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
            SlotResult::FlyoutB(p) => CardResult::FlyoutB(p),
            SlotResult::XCheck(p) => CardResult::XCheck(p),
            SlotResult::Lineout => CardResult::Lineout(locate(BallKind::Air)),
            SlotResult::Popout => CardResult::Popout(locate(BallKind::Popup)),
            SlotResult::FlyoutA => CardResult::FlyoutA(locate(BallKind::Air)),
            SlotResult::FlyoutBq => CardResult::FlyoutBq(locate(BallKind::Air)),
            SlotResult::Groundball(t) => {
                let p = locate(BallKind::Groundball);
                match t {
                    GroundballType::A => CardResult::GroundballA(p),
                    GroundballType::B => CardResult::GroundballB(p),
                    GroundballType::C => CardResult::GroundballC(p),
                }
            }
        }
    }

    /// The card result when the card itself fixes it; `None` for the results whose fielder
    /// comes from the hit location.
    #[must_use]
    pub fn fixed(self) -> Option<CardResult> {
        (!self.needs_location()).then(|| self.card_result(|_| Position::P))
    }

    /// Whether the fielder the card fixes (if any) is a legal one for its code.
    #[must_use]
    pub fn fielder_is_valid(self) -> bool {
        self.fixed().is_none_or(CardResult::fielder_is_valid)
    }
}

/// The kind of ball a located result is, which picks the league's zone table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BallKind {
    /// A groundball.
    Groundball,
    /// A flyball or liner.
    Air,
    /// A popup.
    Popup,
}

/// One run of a [`SlotTable`]: a result and how many consecutive slots it takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SlotRun {
    /// The result.
    pub result: SlotResult,
    /// Its number of slots (chances × 20).
    pub slots: u16,
}

/// Why a list of runs is not a legal card side.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum SlotTableError {
    /// The runs do not total exactly 2160 slots.
    #[error("the slots total {total}, not 2160")]
    Total {
        /// What they total.
        total: u32,
    },
    /// A result names a fielder its code cannot go to (e.g. `FLYOUT_B` to DH).
    #[error("{result:?} names a fielder its code cannot go to")]
    Fielder {
        /// The result.
        result: SlotResult,
    },
}

/// One side of a digital card as the engine reads it: its results as runs of slots in the
/// canonical order, totalling exactly [`SLOTS_PER_SIDE`].
///
/// Build one with [`SlotTable::new`] (checked). A table read from JSON is not checked until the
/// game setup is validated (`Setup::try_from` reports a bad table as a setup problem).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SlotTable {
    runs: Vec<SlotRun>,
}

impl SlotTable {
    /// A table from `(result, slots)` runs in canonical order (zero runs may be kept).
    ///
    /// # Errors
    /// [`SlotTableError`] when the runs do not total 2160 or a fixed fielder is illegal.
    pub fn new(runs: impl IntoIterator<Item = (SlotResult, u16)>) -> Result<Self, SlotTableError> {
        let table = SlotTable {
            runs: runs
                .into_iter()
                .map(|(result, slots)| SlotRun { result, slots })
                .collect(),
        };
        table.check()?;
        Ok(table)
    }

    /// Checks the table: total exactly 2160, legal fixed fielders.
    ///
    /// # Errors
    /// The first [`SlotTableError`] found.
    pub fn check(&self) -> Result<(), SlotTableError> {
        let total: u32 = self.runs.iter().map(|r| u32::from(r.slots)).sum();
        if total as usize != SLOTS_PER_SIDE {
            return Err(SlotTableError::Total { total });
        }
        if let Some(r) = self.runs.iter().find(|r| !r.result.fielder_is_valid()) {
            return Err(SlotTableError::Fielder { result: r.result });
        }
        Ok(())
    }

    /// The runs, in order.
    #[must_use]
    pub fn runs(&self) -> &[SlotRun] {
        &self.runs
    }

    /// The result in a slot; `None` only for an unchecked table that is too short.
    #[must_use]
    pub fn result_at(&self, slot: Slot) -> Option<SlotResult> {
        let mut end = 0usize;
        for run in &self.runs {
            end += usize::from(run.slots);
            if slot.index() < end {
                return Some(run.result);
            }
        }
        None
    }

    /// Every result with its number of slots, in canonical order (zero counts included).
    pub fn counts(&self) -> impl Iterator<Item = (SlotResult, u32)> + '_ {
        self.runs.iter().map(|r| (r.result, u32::from(r.slots)))
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

#[cfg(test)]
mod tests;
