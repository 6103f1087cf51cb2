//! Rules §15 League switches: the `name` and `[rules]` table of a league file.
//!
//! Every rule may be left out and then takes the house default: 9 innings, DH, manual result
//! entry, no extra-inning runner, no mercy rule, 1 minimum batter, tired after 6 runs.

use crate::error::{Location, ProblemKind, Problems};
use crate::read;
use engine_core::league::{GameRules, MercyRule, ResultEntry};
use toml::{Table, Value};

const KEYS: [&str; 7] = [
    "innings",
    "dh",
    "result_entry",
    "extra_inning_runner",
    "mercy",
    "min_batters",
    "fatigue_runs",
];

/// The house defaults a league file's `[rules]` starts from.
#[must_use]
pub fn house_rules() -> GameRules {
    GameRules {
        innings: 9,
        dh: true,
        result_entry: ResultEntry::Manual,
        extra_inning_runner: false,
        mercy: None,
        min_batters: 1,
        fatigue_runs: 6,
    }
}

/// Read the `[rules]` table (absent: the house rules).
pub(crate) fn read(rules: Option<&Value>, at: &Location, p: &mut Problems) -> Option<GameRules> {
    let mut out = house_rules();
    let Some(rules) = rules else { return Some(out) };
    let table = read::table(rules, at, p)?;
    read::no_unknown_keys(table, &KEYS, at, p);
    let before = p.len();
    let field = |key: &str| (table.get(key), at.key(key));
    if let (Some(v), at) = field("innings") {
        out.innings = read::u8_in(v, 1, 99, &at, p).unwrap_or(out.innings);
    }
    if let (Some(v), at) = field("dh") {
        out.dh = read::boolean(v, &at, p).unwrap_or(out.dh);
    }
    if let (Some(v), at) = field("result_entry") {
        out.result_entry = result_entry(v, &at, p).unwrap_or(out.result_entry);
    }
    if let (Some(v), at) = field("extra_inning_runner") {
        out.extra_inning_runner = read::boolean(v, &at, p).unwrap_or(false);
    }
    if let (Some(v), at) = field("min_batters") {
        out.min_batters = read::u8_in(v, 1, 27, &at, p).unwrap_or(out.min_batters);
    }
    if let (Some(v), at) = field("fatigue_runs") {
        out.fatigue_runs = read::u8_in(v, 1, 99, &at, p).unwrap_or(out.fatigue_runs);
    }
    if let (Some(v), at) = field("mercy") {
        out.mercy = mercy(v, out.innings, &at, p);
    }
    (p.len() == before).then_some(out)
}

fn result_entry(v: &Value, at: &Location, p: &mut Problems) -> Option<ResultEntry> {
    match read::string(v, at, p)? {
        "manual" => Some(ResultEntry::Manual),
        "auto" => Some(ResultEntry::Auto),
        other => {
            p.push(at.clone(), ProblemKind::UnknownCode(other.to_owned()));
            None
        }
    }
}

/// `mercy = { runs = 10, after_inning = 7 }`; `mercy = false` also means off.
fn mercy(v: &Value, innings: u8, at: &Location, p: &mut Problems) -> Option<MercyRule> {
    if v.as_bool() == Some(false) {
        return None;
    }
    let table: &Table = read::table(v, at, p)?;
    read::no_unknown_keys(table, &["runs", "after_inning"], at, p);
    let runs = read::required(table, "runs", at, p)
        .and_then(|v| read::u8_in(v, 1, 99, &at.key("runs"), p));
    let after = read::required(table, "after_inning", at, p)
        .and_then(|v| read::u8_in(v, 1, innings, &at.key("after_inning"), p));
    Some(MercyRule {
        runs: runs?,
        after_inning: after?,
    })
}
