//! # cards
//!
//! PD (Paper Dynasty) digital cards for the rules engine (`shared/spec/cards.md`):
//!
//! * the card model in the PD API's field names: [`BattingCard`], [`PitchingCard`],
//!   [`DefenseCard`] (unchecked input, public fields), validated into [`ValidBattingCard`] and
//!   [`ValidPitchingCard`] (each side normalised to exactly 108 chances) through `TryFrom`;
//!   every problem is reported at once in a [`CardError`];
//! * conversion into engine-core's [`Ratings`](engine_core::Ratings) ([`ratings()`]) and its
//!   digital cards ([`ValidBattingCard::digital`], [`ValidPitchingCard::digital`]), and a whole
//!   engine [`PlayerSetup`](engine_core::PlayerSetup) from a player's cards
//!   ([`ValidPlayerCards::player_setup`]);
//! * the canonical slot order of a card side (the field order of [`BattingSide`] and
//!   [`PitchingSide`]); the slot mapping itself, hit location and auto resolution live in
//!   engine-core (`engine_core::slots`, `engine_core::hit_location`, rules §2.6), and
//!   [`Matchup`] reads a pair of cards through them;
//! * a card builder from a target stat line ([`build_batting_card`], [`build_pitching_card`])
//!   with league-average presets, the expected per-PA line of a matchup ([`rates`]) and
//!   league-average teams for auto games ([`teams::league_average_team`]).
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
//! // The location d100 names the fielder (league data) when the card leaves it open.
//! let charts = league_config::pd()?.charts.location;
//! let result = matchup.card_result(raw, 57, &charts);
//! assert!(result.fielder_is_valid());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod batting;
pub mod builder;
pub mod chances;
pub mod defense;
pub mod error;
pub mod matchup;
pub mod pitching;
pub mod rates;
pub mod ratings;
pub mod spray;
pub mod teams;

pub use batting::{BattingCard, BattingSide, ValidBattingCard};
pub use builder::{
    BattingTarget, PitchingTarget, build_batting_card, build_pitching_card, league_average_batter,
    league_average_pitcher,
};
pub use defense::DefenseCard;
pub use error::{CardError, CardKind, CardRef, Problem, SideName};
pub use matchup::Matchup;
pub use pitching::{PitchingCard, PitchingSide, ValidPitchingCard};
pub use rates::StatLine;
pub use ratings::{PlayerCards, ValidPlayerCards, ratings};
pub use spray::spray;
pub use teams::league_average_team;
