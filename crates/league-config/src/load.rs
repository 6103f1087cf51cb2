//! Building a [`League`] from a league file's text: the shared charts, the file's overrides,
//! every chart read, then the checks across charts. All problems are collected.

use crate::error::{ConfigError, Location, ProblemKind, Problems};
use crate::source::{self, ChartParts};
use crate::{
    bunt, error_charts, groundball, location, modifiers, range, read, rules, validate, x_chart,
};
use engine_core::league::{Charts, GameRules, League};
use toml::Table;

const LEAGUE_KEYS: [&str; 3] = ["name", "rules", "charts"];

/// Load a league file (`file` names it in problems) over the shared charts.
pub(crate) fn league(file: &str, text: &str) -> Result<League, ConfigError> {
    let mut p = Problems::default();
    let mut parts = ChartParts::shared(&mut p);
    let head = source::parse(file, text, &mut p).and_then(|t| head(&t, file, &mut parts, &mut p));
    let charts = charts(&parts, &mut p);
    match (head, charts) {
        (Some((name, rules)), Some(charts)) if p.is_empty() => Ok(League {
            name,
            rules,
            charts,
        }),
        _ => Err(ConfigError::Invalid {
            problems: p.into_vec(),
        }),
    }
}

/// The league's name and rules; applies its chart overrides to `parts`.
fn head(
    t: &Table,
    file: &str,
    parts: &mut ChartParts,
    p: &mut Problems,
) -> Option<(String, GameRules)> {
    let at = Location::new(file, "");
    read::no_unknown_keys(t, &LEAGUE_KEYS, &at, p);
    let name = read::required(t, "name", &at, p)
        .and_then(|v| read::string(v, &at.key("name"), p))
        .map(str::trim);
    if name == Some("") {
        p.push(at.key("name"), ProblemKind::MissingKey("name".to_owned()));
    }
    let rules = rules::read(t.get("rules"), &at.key("rules"), p);
    if let Some(charts) = t
        .get("charts")
        .and_then(|v| read::table(v, &at.key("charts"), p))
    {
        parts.override_with(charts, &at.key("charts"), p);
    }
    Some((name.filter(|n| !n.is_empty())?.to_owned(), rules?))
}

fn charts(parts: &ChartParts, p: &mut Problems) -> Option<Charts> {
    let at = source::chart_location;
    let groundball = groundball::read(parts.get("groundball"), &at("groundball"), p);
    let range = range::read(parts.get("range"), &at("range"), p);
    let errors = error_charts::read(parts.get("errors"), &at("errors"), p);
    let x_chart = x_chart::read(parts.get("x_chart"), &at("x_chart"), p);
    let bunt = bunt::read(parts.get("bunt"), &at("bunt"), p);
    let hit_and_run = modifiers::hit_and_run(parts.get("hit_and_run"), &at("hit_and_run"), p);
    let speed = modifiers::speed(parts.get("speed"), &at("speed"), p);
    let steal = modifiers::steal(parts.get("steal"), &at("steal"), p);
    let ballpark = modifiers::ballpark(parts.get("ballpark"), &at("ballpark"), p);
    let location = location::read(parts.get("location"), &at("location"), p);
    if let (Some(range), Some(x)) = (&range, &x_chart) {
        validate::x_chart_covers_range(range, x, &at("x_chart"), p);
    }
    Some(Charts {
        groundball: groundball?,
        range: range?,
        errors: errors?,
        x_chart: x_chart?,
        bunt: bunt?,
        hit_and_run: hit_and_run?,
        speed: speed?,
        steal: steal?,
        ballpark: ballpark?,
        location: location?,
    })
}

#[cfg(test)]
mod tests;
