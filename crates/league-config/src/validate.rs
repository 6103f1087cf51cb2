//! Checks across charts: every base result a range chart can produce has an X-chart line.
//!
//! `G2#`/`G3#` need the `G2`/`G3` line and, because they become `SI2` when the fielder is in
//! or holding a runner, the `SI2` line of the same group too. The infield lines serve the
//! infield, catcher and pitcher range charts; the outfield lines the outfield chart.

use crate::error::{Location, ProblemKind, Problems};
use crate::range;
use engine_core::league::{RangeChart, RangeCharts, RangeResult, XChart, XLine};
use std::collections::BTreeSet;

/// Record a `MissingXLine` for each base result without a line.
pub(crate) fn x_chart_covers_range(
    ranges: &RangeCharts,
    x: &XChart,
    at: &Location,
    p: &mut Problems,
) {
    let infield = [
        ("infield", &ranges.infield),
        ("catcher", &ranges.catcher),
        ("pitcher", &ranges.pitcher),
    ];
    check_group(&infield, &x.infield, &at.key("infield"), p);
    check_group(
        &[("outfield", &ranges.outfield)],
        &x.outfield,
        &at.key("outfield"),
        p,
    );
}

fn check_group(charts: &[(&str, &RangeChart)], lines: &[XLine], at: &Location, p: &mut Problems) {
    let have: BTreeSet<RangeResult> = lines.iter().map(|l| l.base).collect();
    let mut reported = BTreeSet::new();
    for &(name, chart) in charts {
        let produced: BTreeSet<RangeResult> = chart.rows.iter().flatten().copied().collect();
        for base in produced.into_iter().flat_map(needed_lines) {
            if !have.contains(&base) && reported.insert(base) {
                let kind = ProblemKind::MissingXLine {
                    base: range::name(base).to_owned(),
                    chart: name.to_owned(),
                };
                p.push(at.row(range::name(base)), kind);
            }
        }
    }
}

/// The X-chart lines a range-chart cell may be looked up on.
fn needed_lines(cell: RangeResult) -> Vec<RangeResult> {
    match cell {
        RangeResult::G2Hash => vec![RangeResult::G2, RangeResult::SI2],
        RangeResult::G3Hash => vec![RangeResult::G3, RangeResult::SI2],
        other => vec![other],
    }
}
