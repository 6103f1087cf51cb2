//! League presets (SBA, PD) and every chart the rules engine reads, as validated data.
//!
//! Rules are code, numbers are data: the groundball chart, range and error charts, X-chart,
//! bunt tables, hit-location zone splits and modifiers live in TOML files under `data/` (compiled in with
//! `include_str!`) that a commissioner can edit by hand. Loading turns them into
//! `engine_core::league` values and checks them, collecting every problem with its file,
//! table, row and column into one [`ConfigError`].
//!
//! ```
//! let sba = league_config::sba()?;
//! assert_eq!(sba.rules.innings, 9);
//! let custom = league_config::parse_str("name = \"Mine\"\n[rules]\ninnings = 7\n")?;
//! assert_eq!(custom.charts, sba.charts);
//! # Ok::<(), league_config::ConfigError>(())
//! ```
//!
//! The file format is described in the crate's README.md.

mod bunt;
mod error;
mod error_charts;
mod groundball;
mod load;
mod location;
mod modifiers;
mod presets;
mod range;
mod read;
mod rules;
mod source;
mod validate;
mod x_chart;

pub use error::{ConfigError, Location, Problem, ProblemKind};
pub use presets::{PRESET_NAMES, pd, preset, sba};
pub use rules::house_rules;

use engine_core::league::League;
use std::path::Path;

/// Parse a custom league file's text (problems name it `league file`).
///
/// The file gives `name`, optionally `[rules]` (house defaults for what it leaves out) and
/// optionally `[charts.*]` parts that replace the shared charts' parts.
///
/// # Errors
/// [`ConfigError::Invalid`] listing every problem found.
pub fn parse_str(text: &str) -> Result<League, ConfigError> {
    parse_named("league file", text)
}

/// As [`parse_str`], naming the text `file` in problem reports.
///
/// # Errors
/// [`ConfigError::Invalid`] listing every problem found.
pub fn parse_named(file: &str, text: &str) -> Result<League, ConfigError> {
    load::league(file, text)
}

/// Read and parse a custom league file.
///
/// # Errors
/// [`ConfigError::Read`] if the file cannot be read, else as [`parse_str`].
pub fn load_file(path: impl AsRef<Path>) -> Result<League, ConfigError> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_owned(),
        source,
    })?;
    parse_named(&path.display().to_string(), &text)
}
