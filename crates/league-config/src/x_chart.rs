//! Rules §7.6 The X-chart: (base result, error result, rare play) → the play, as data.
//!
//! Parts are lines named `infield.<base>` or `outfield.<base>`. A cell is an `XPlay` table in
//! engine-core's serde form, or `"-"` (the chart's "–": the error has no effect, so the
//! no-error play). Infield lines may leave out `e3`, which then reads as `e2`.

use crate::error::{Location, ProblemKind, Problems};
use crate::range;
use crate::read;
use crate::source::Parts;
use engine_core::league::{RangeResult, XChart, XLine, XPlay};

const GROUPS: [&str; 2] = ["infield", "outfield"];
const COLUMNS: [&str; 5] = ["no_error", "e1", "e2", "e3", "rare"];

/// Read every line; lines are sorted by base result.
pub(crate) fn read(parts: &Parts, at: &Location, p: &mut Problems) -> Option<XChart> {
    let mut groups: [Vec<Option<XLine>>; 2] = [Vec::new(), Vec::new()];
    for (name, part) in parts {
        let (group, base) = name.split_once('.').unwrap_or((name.as_str(), ""));
        let Some(g) = GROUPS.iter().position(|&x| x == group) else {
            p.push(at.clone(), ProblemKind::UnknownKey(group.to_owned()));
            continue;
        };
        let line = line_base(base, &part.at, p)
            .and_then(|base| read_line(base, g == 1, &part.value, &part.at, p));
        groups[g].push(line);
    }
    let [infield, outfield] = groups.map(|lines| {
        let mut lines: Vec<XLine> = lines.into_iter().collect::<Option<_>>()?;
        lines.sort_by_key(|l| l.base);
        Some(lines)
    });
    Some(XChart {
        infield: infield?,
        outfield: outfield?,
    })
}

fn line_base(base: &str, at: &Location, p: &mut Problems) -> Option<RangeResult> {
    match range::code(base) {
        Some(r @ (RangeResult::G2Hash | RangeResult::G3Hash)) => {
            p.push(at.clone(), ProblemKind::HashLine(range::name(r).to_owned()));
            None
        }
        Some(r) => Some(r),
        None => {
            p.push(at.clone(), ProblemKind::UnknownCode(base.to_owned()));
            None
        }
    }
}

fn read_line(
    base: RangeResult,
    outfield: bool,
    v: &toml::Value,
    at: &Location,
    p: &mut Problems,
) -> Option<XLine> {
    let table = read::table(v, at, p)?;
    read::no_unknown_keys(table, &COLUMNS, at, p);
    let no_error = cell(table, "no_error", None, at, p);
    let e1 = cell(table, "e1", no_error, at, p);
    let e2 = cell(table, "e2", no_error, at, p);
    let e3 = if outfield || table.contains_key("e3") {
        cell(table, "e3", no_error, at, p)
    } else {
        e2
    };
    let rare = cell(table, "rare", None, at, p);
    Some(XLine {
        base,
        no_error: no_error?,
        e1: e1?,
        e2: e2?,
        e3: e3?,
        rare: rare?,
    })
}

/// One cell; `"-"` stands for `dash` (the no-error play) where the column allows it.
fn cell(
    table: &toml::Table,
    column: &str,
    dash: Option<XPlay>,
    at: &Location,
    p: &mut Problems,
) -> Option<XPlay> {
    let v = read::required(table, column, at, p)?;
    let at = at.column(column);
    if let Some(text) = v.as_str() {
        let allowed = column.starts_with('e');
        if allowed && matches!(text.trim(), "-" | "–") {
            return dash;
        }
        p.push(
            at,
            ProblemKind::BadPlay(format!("{text:?} (only an error column may be \"-\")")),
        );
        return None;
    }
    let play = match v.clone().try_into::<XPlay>() {
        Ok(play) => play,
        Err(e) => {
            p.push(
                at,
                ProblemKind::BadPlay(e.to_string().trim().replace('\n', " ")),
            );
            return None;
        }
    };
    check_numbers(play, &at, p).then_some(play)
}

/// Bases and advances must be 1..=4 (0 allowed for a runner advance on an error).
fn check_numbers(play: XPlay, at: &Location, p: &mut Problems) -> bool {
    let (bases, min_bases, advance) = match play {
        XPlay::Hit { bases, advance } => (bases, 1, advance),
        XPlay::ErrorReach { batter_to, advance } => (batter_to, 1, advance),
        XPlay::WildPitch { advance } => (1, 1, advance.max(1)),
        _ => return true,
    };
    let mut ok = true;
    for (value, min) in [(bases, min_bases), (advance, 0)] {
        if !(min..=4).contains(&value) {
            let (value, min) = (i64::from(value), i64::from(min));
            p.push(
                at.clone(),
                ProblemKind::ValueOutOfRange { value, min, max: 4 },
            );
            ok = false;
        }
    }
    ok
}

#[cfg(test)]
mod tests;
