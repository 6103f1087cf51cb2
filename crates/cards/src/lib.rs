//! # cards
//!
//! PD (Paper Dynasty) digital cards for the rules engine (`shared/spec/cards.md`):
//!
//! * the card model in the PD API's field names: [`BattingCard`], [`PitchingCard`],
//!   [`DefenseCard`] (unchecked input, public fields), validated into [`ValidBattingCard`] and
//!   [`ValidPitchingCard`] (each side normalised to exactly 108 chances) through `TryFrom`;
//!   every problem is reported at once in a [`CardError`];
//! * conversion into engine-core's [`Ratings`](engine_core::Ratings) ([`ratings()`]);
//! * auto resolution: [`slot_index`] maps an at-bat roll to one of 2 × 2160 slots exactly,
//!   [`result_at`] reads a slot, [`card_result`] fills in the fielder by hit location
//!   ([`slots`] documents the canonical slot order);
//! * a card builder from a target stat line ([`build_batting_card`], [`build_pitching_card`])
//!   with league-average presets, and the expected per-PA line of a matchup ([`rates`]).
//!
//! ```
//! use cards::{Matchup, ValidBattingCard, ValidPitchingCard};
//! use cards::{league_average_batter, league_average_pitcher};
//!
//! let batter = ValidBattingCard::try_from(league_average_batter())?;
//! let pitcher = ValidPitchingCard::try_from(league_average_pitcher())?;
//! let matchup = Matchup::new(&batter, &pitcher);
//! // White 4 reads the pitcher's column 1; red 3 then 5 and split 12 pick the slot.
//! let (_owner, raw) = matchup.slot_result(4, 3, 5, 12)?;
//! // The location d100 names the fielder when the card leaves it open.
//! let result = matchup.card_result(raw, 57);
//! assert!(result.fielder_is_valid());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod batting;
pub mod builder;
pub mod chances;
pub mod defense;
pub mod error;
pub mod location;
pub mod matchup;
pub mod pitching;
pub mod rates;
pub mod ratings;
pub mod slots;

pub use batting::{BattingCard, BattingSide, ValidBattingCard};
pub use builder::{
    BattingTarget, PitchingTarget, build_batting_card, build_pitching_card, league_average_batter,
    league_average_pitcher,
};
pub use defense::DefenseCard;
pub use error::{CardError, CardKind, CardRef, Problem, SideName};
pub use location::{Spray, Zone, batting_hand, card_result};
pub use matchup::Matchup;
pub use pitching::{PitchingCard, PitchingSide, ValidPitchingCard};
pub use rates::StatLine;
pub use ratings::{PlayerCards, ValidPlayerCards, ratings};
pub use slots::{
    CardOwner, RollError, SideLayout, Slot, SlotResult, result_at, roll_for, slot_index,
};
