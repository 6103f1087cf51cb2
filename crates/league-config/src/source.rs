//! The chart data files compiled into the crate, split into replaceable parts, and the merge of
//! a league file's `[charts.*]` overrides over them.
//!
//! Each chart is a set of named parts (a range chart, an error chart, one X-chart line, one
//! bunt grade, ...). A league file that gives a part replaces the shared part whole; every part
//! remembers the file and table it came from so that problems name the right place.

use crate::error::{Location, ProblemKind, Problems};
use crate::read;
use std::collections::BTreeMap;
use toml::{Table, Value};

/// One replaceable piece of a chart, with where it was written.
#[derive(Clone, Debug)]
pub(crate) struct Part {
    /// The part's location (file and dotted table path).
    pub at: Location,
    /// Its TOML value.
    pub value: Value,
}

/// A chart's parts by name (`catcher`, `SS`, `infield.SI1`, `sacrifice.B`, ...).
pub(crate) type Parts = BTreeMap<String, Part>;

/// One chart: its name in a league file's `[charts]` table, the data file it lives in (and the
/// key inside that file, for files holding several), and how deep its parts sit.
struct ChartSpec {
    name: &'static str,
    file: &'static str,
    key: Option<&'static str>,
    /// 1: parts are the chart's keys; 2: parts are the keys of the chart's sub-tables.
    depth: u8,
}

const CHARTS: &[ChartSpec] = &[
    ChartSpec {
        name: "groundball",
        file: GROUNDBALL.0,
        key: None,
        depth: 1,
    },
    ChartSpec {
        name: "range",
        file: RANGE.0,
        key: None,
        depth: 1,
    },
    ChartSpec {
        name: "errors",
        file: ERRORS.0,
        key: None,
        depth: 1,
    },
    ChartSpec {
        name: "x_chart",
        file: X_CHART.0,
        key: None,
        depth: 2,
    },
    ChartSpec {
        name: "bunt",
        file: BUNT.0,
        key: None,
        depth: 2,
    },
    ChartSpec {
        name: "location",
        file: LOCATION.0,
        key: None,
        depth: 1,
    },
    ChartSpec {
        name: "hit_and_run",
        file: MODIFIERS.0,
        key: Some("hit_and_run"),
        depth: 1,
    },
    ChartSpec {
        name: "speed",
        file: MODIFIERS.0,
        key: Some("speed"),
        depth: 1,
    },
    ChartSpec {
        name: "steal",
        file: MODIFIERS.0,
        key: Some("steal"),
        depth: 1,
    },
    ChartSpec {
        name: "ballpark",
        file: MODIFIERS.0,
        key: Some("ballpark"),
        depth: 1,
    },
];

const GROUNDBALL: (&str, &str) = (
    "charts/groundball.toml",
    include_str!("../data/charts/groundball.toml"),
);
const RANGE: (&str, &str) = (
    "charts/range.toml",
    include_str!("../data/charts/range.toml"),
);
const ERRORS: (&str, &str) = (
    "charts/errors.toml",
    include_str!("../data/charts/errors.toml"),
);
const X_CHART: (&str, &str) = (
    "charts/x_chart.toml",
    include_str!("../data/charts/x_chart.toml"),
);
const BUNT: (&str, &str) = ("charts/bunt.toml", include_str!("../data/charts/bunt.toml"));
const LOCATION: (&str, &str) = (
    "charts/location.toml",
    include_str!("../data/charts/location.toml"),
);
const MODIFIERS: (&str, &str) = (
    "charts/modifiers.toml",
    include_str!("../data/charts/modifiers.toml"),
);

/// The shared chart files, as `(file name, text)`.
pub(crate) const CHART_FILES: [(&str, &str); 7] = [
    GROUNDBALL, RANGE, ERRORS, X_CHART, BUNT, LOCATION, MODIFIERS,
];

/// Every chart's parts, keyed by chart name.
#[derive(Debug, Default)]
pub(crate) struct ChartParts(BTreeMap<&'static str, Parts>);

impl ChartParts {
    /// The parts of one chart (empty if its file could not be read).
    pub(crate) fn get(&self, chart: &str) -> &Parts {
        static EMPTY: Parts = BTreeMap::new();
        self.0.get(chart).unwrap_or(&EMPTY)
    }

    /// The shared charts from the compiled-in files.
    pub(crate) fn shared(p: &mut Problems) -> Self {
        let mut parts = ChartParts::default();
        for (file, text) in CHART_FILES {
            let Some(root) = parse(file, text, p) else {
                continue;
            };
            let root_at = Location::new(file, "");
            let here: Vec<&ChartSpec> = CHARTS.iter().filter(|c| c.file == file).collect();
            for spec in &here {
                let value = match spec.key {
                    None => Some(Value::Table(root.clone())),
                    Some(key) => read::required(&root, key, &root_at, p).cloned(),
                };
                let at = spec.key.map_or_else(|| root_at.clone(), |k| root_at.key(k));
                let split = value
                    .map(|v| split(&v, spec.depth, &at, p))
                    .unwrap_or_default();
                parts.0.insert(spec.name, split);
            }
            if here.iter().all(|c| c.key.is_some()) {
                let known: Vec<&str> = here.iter().filter_map(|c| c.key).collect();
                read::no_unknown_keys(&root, &known, &root_at, p);
            }
        }
        parts
    }

    /// Replace parts with those a league file gives in its `charts` table.
    pub(crate) fn override_with(&mut self, charts: &Table, at: &Location, p: &mut Problems) {
        for (name, value) in charts {
            let Some(spec) = CHARTS.iter().find(|c| c.name == name) else {
                p.push(at.clone(), ProblemKind::UnknownKey(name.clone()));
                continue;
            };
            let given = split(value, spec.depth, &at.key(name), p);
            self.0.entry(spec.name).or_default().extend(given);
        }
    }
}

/// Where a chart lives in the shared files (for problems about the chart as a whole).
pub(crate) fn chart_location(chart: &str) -> Location {
    match CHARTS.iter().find(|c| c.name == chart) {
        Some(spec) => Location::new(spec.file, spec.key.unwrap_or("")),
        None => Location::new("", chart),
    }
}

/// Parse a file's text, recording a `Syntax` problem if it is not TOML.
pub(crate) fn parse(file: &str, text: &str, p: &mut Problems) -> Option<Table> {
    match text.parse::<Table>() {
        Ok(t) => Some(t),
        Err(e) => {
            let message = e.to_string().trim_end().replace('\n', " ");
            p.push(Location::new(file, ""), ProblemKind::Syntax(message));
            None
        }
    }
}

fn split(value: &Value, depth: u8, at: &Location, p: &mut Problems) -> Parts {
    let mut parts = Parts::new();
    let Some(table) = read::table(value, at, p) else {
        return parts;
    };
    for (key, v) in table {
        let part_at = at.key(key);
        if depth <= 1 {
            parts.insert(
                key.clone(),
                Part {
                    at: part_at,
                    value: v.clone(),
                },
            );
            continue;
        }
        for (sub, part) in split(v, depth - 1, &part_at, p) {
            parts.insert(format!("{key}.{sub}"), part);
        }
    }
    parts
}
