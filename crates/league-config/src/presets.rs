//! Rules §15 League presets: SBA and PD, compiled in and parsed once on first use.

use crate::error::{ConfigError, Problem};
use crate::load;
use engine_core::league::League;
use std::sync::OnceLock;

/// The presets' names, as `preset` accepts them (case-insensitive).
pub const PRESET_NAMES: [&str; 2] = ["SBA", "PD"];

const SBA_FILE: (&str, &str) = ("leagues/sba.toml", include_str!("../data/leagues/sba.toml"));
const PD_FILE: (&str, &str) = ("leagues/pd.toml", include_str!("../data/leagues/pd.toml"));

type Cached = OnceLock<Result<League, Vec<Problem>>>;

static SBA: Cached = OnceLock::new();
static PD: Cached = OnceLock::new();

/// The SBA league: physical cards, results entered by hand, the shared charts.
///
/// # Errors
/// [`ConfigError::Invalid`] if the compiled-in data does not validate (a build with broken
/// data; the crate's tests make sure it does not ship).
pub fn sba() -> Result<League, ConfigError> {
    cached(&SBA, SBA_FILE)
}

/// Paper Dynasty: digital cards read by the engine, the shared charts.
///
/// # Errors
/// As [`sba`].
pub fn pd() -> Result<League, ConfigError> {
    cached(&PD, PD_FILE)
}

/// A preset by name (`"SBA"`, `"PD"`, any case).
///
/// # Errors
/// [`ConfigError::UnknownPreset`] for another name; otherwise as [`sba`].
pub fn preset(name: &str) -> Result<League, ConfigError> {
    match name.trim().to_ascii_uppercase().as_str() {
        "SBA" => sba(),
        "PD" => pd(),
        _ => Err(ConfigError::UnknownPreset {
            name: name.to_owned(),
        }),
    }
}

fn cached(cell: &Cached, (file, text): (&str, &str)) -> Result<League, ConfigError> {
    let loaded = cell.get_or_init(|| load::league(file, text).map_err(|e| e.problems().to_vec()));
    loaded
        .clone()
        .map_err(|problems| ConfigError::Invalid { problems })
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine_core::league::ResultEntry;

    #[test]
    fn presets_load_with_rules_section_15() {
        let sba = sba().unwrap();
        let pd = pd().unwrap();
        assert_eq!(sba.name, "SBA");
        assert_eq!(pd.name, "PD");
        assert_eq!(sba.rules.result_entry, ResultEntry::Manual);
        assert_eq!(pd.rules.result_entry, ResultEntry::Auto);
        for league in [&sba, &pd] {
            let r = &league.rules;
            assert_eq!((r.innings, r.dh, r.extra_inning_runner), (9, true, false));
            assert_eq!((r.mercy, r.min_batters, r.fatigue_runs), (None, 1, 6));
        }
        assert_eq!(sba.charts, pd.charts, "PD shares the SBA charts");
    }

    #[test]
    fn preset_by_name() {
        assert_eq!(preset("sba").unwrap().name, "SBA");
        assert_eq!(preset(" PD ").unwrap().name, "PD");
        let err = preset("MLB").unwrap_err();
        assert!(matches!(err, ConfigError::UnknownPreset { ref name } if name == "MLB"));
        assert!(err.to_string().contains("SBA, PD"), "{err}");
    }
}
