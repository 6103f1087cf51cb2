//! # retrosheet
//!
//! Export of finished engine games as [Retrosheet](https://www.retrosheet.org) event files, the
//! interchange format of baseball play-by-play, with the `TEAM<year>` and `<TEAM><year>.ROS`
//! files the Chadwick tools need to read them.
//!
//! * [`export_game`] turns one finished [`engine_core::Game`] into the text of one game of an
//!   event file ([`EventGame`]): `id`, `version`, `info`, `start`, `play`, `sub`, `radj`,
//!   `presadj` and `data,er` records. Pure: no I/O.
//! * [`team_file`] and [`roster_file`] write the season's team list and a team's roster.
//! * [`write_dir`] (the only I/O) writes a season folder: one `<year><TEAM>.EVA` event file
//!   holding every game, the `TEAM<year>` file and a `.ROS` file per team.
//!
//! How engine plays map to Retrosheet codes is documented in this crate's `README.md`.

mod codes;
mod error;
mod export;
mod files;
mod ids;
mod lineup;
mod tracker;

pub use error::ExportError;
pub use export::{EventGame, GameMeta, RosterEntry, export_game};
pub use files::{Season, roster_file, team_file, write_dir};
pub use ids::{Date, game_id, player_id, team_id};
