//! Rules §7.2 Range charts: d20 rows 1..=20 × range ratings 1..=5 → a base result code.

use crate::error::{Location, ProblemKind, Problems};
use crate::read::{self, RowSet};
use crate::source::Parts;
use engine_core::league::{RangeChart, RangeCharts, RangeResult};

/// The four charts, in the order of [`RangeCharts`]' fields.
pub(crate) const CHARTS: [&str; 4] = ["infield", "outfield", "catcher", "pitcher"];

/// Every code a range chart cell may hold, as written in the data.
const CODES: [(&str, RangeResult); 18] = [
    ("G1", RangeResult::G1),
    ("G2", RangeResult::G2),
    ("G3", RangeResult::G3),
    ("G2#", RangeResult::G2Hash),
    ("G3#", RangeResult::G3Hash),
    ("SI1", RangeResult::SI1),
    ("SI2", RangeResult::SI2),
    ("DO2", RangeResult::DO2),
    ("DO3", RangeResult::DO3),
    ("TR3", RangeResult::TR3),
    ("F1", RangeResult::F1),
    ("F2", RangeResult::F2),
    ("F3", RangeResult::F3),
    ("PO", RangeResult::PO),
    ("FO", RangeResult::FO),
    ("SPD", RangeResult::SPD),
    ("WP", RangeResult::WP),
    ("X", RangeResult::X),
];

/// The result for a code as written (`"G2#"`, `"SI1"`), if known.
pub(crate) fn code(text: &str) -> Option<RangeResult> {
    CODES.iter().find(|(c, _)| *c == text).map(|&(_, r)| r)
}

/// The code a result is written as.
pub(crate) fn name(result: RangeResult) -> &'static str {
    CODES
        .iter()
        .find(|(_, r)| *r == result)
        .map_or("?", |&(c, _)| c)
}

/// Read the four charts from the parts `infield`, `outfield`, `catcher`, `pitcher`.
pub(crate) fn read(parts: &Parts, at: &Location, p: &mut Problems) -> Option<RangeCharts> {
    for key in parts.keys().filter(|k| !CHARTS.contains(&k.as_str())) {
        p.push(at.clone(), ProblemKind::UnknownKey(key.clone()));
    }
    let [infield, outfield, catcher, pitcher] = CHARTS.map(|chart| match parts.get(chart) {
        Some(part) => read_chart(&part.value, &part.at, p),
        None => {
            p.push(at.clone(), ProblemKind::MissingKey(chart.to_owned()));
            None
        }
    });
    Some(RangeCharts {
        infield: infield?,
        outfield: outfield?,
        catcher: catcher?,
        pitcher: pitcher?,
    })
}

fn read_chart(v: &toml::Value, at: &Location, p: &mut Problems) -> Option<RangeChart> {
    let rows = read::array(v, at, p)?;
    let mut set = RowSet::new(1, 20);
    for (i, row) in rows.iter().enumerate() {
        let row_at = at.row(format!("#{}", i + 1));
        let Some(cells) = read::array(row, &row_at, p) else {
            continue;
        };
        let Some((first, codes)) = cells.split_first() else {
            p.push(
                row_at,
                ProblemKind::WrongColumnCount {
                    expected: 6,
                    found: 0,
                },
            );
            continue;
        };
        let Some(roll) = read::int_in(first, i64::MIN, i64::MAX, &row_at.column("d20"), p) else {
            continue;
        };
        let row_at = at.row(format!("d20 = {roll}"));
        set.insert(roll, read_cells(codes, &row_at, p), &row_at, p);
    }
    let rows = set.finish(at, p)?;
    Some(RangeChart {
        rows: rows.try_into().ok()?,
    })
}

fn read_cells(cells: &[toml::Value], at: &Location, p: &mut Problems) -> Option<[RangeResult; 5]> {
    if cells.len() != 5 {
        p.push(
            at.clone(),
            ProblemKind::WrongColumnCount {
                expected: 5,
                found: cells.len(),
            },
        );
        return None;
    }
    let results: Vec<_> = cells
        .iter()
        .enumerate()
        .map(|(i, cell)| {
            let cell_at = at.column(format!("R{}", i + 1));
            let text = read::string(cell, &cell_at, p)?;
            let result = code(text.trim());
            if result.is_none() {
                p.push(cell_at, ProblemKind::UnknownCode(text.to_owned()));
            }
            result
        })
        .collect();
    let results: Vec<_> = results.into_iter().collect::<Option<_>>()?;
    results.try_into().ok()
}

#[cfg(test)]
mod tests {
    use engine_core::ids::Position;
    use engine_core::league::RangeResult::{self, *};

    fn charts() -> engine_core::league::RangeCharts {
        crate::sba().unwrap().charts.range
    }

    fn check(pos: Position, cells: &[(u8, u8, RangeResult)]) {
        let charts = charts();
        for &(d20, range, want) in cells {
            assert_eq!(
                charts.for_position(pos).lookup(d20, range),
                want,
                "{pos} d20={d20} R{range}"
            );
        }
    }

    #[test]
    fn infield_matches_spec() {
        check(
            Position::SS,
            &[
                (1, 1, G3Hash),
                (1, 2, SI1),
                (1, 5, SI2),
                (2, 1, G2Hash),
                (3, 2, G3Hash),
                (5, 1, G1),
                (6, 2, G2Hash),
                (7, 2, G2),
                (9, 3, G3),
                (10, 4, G3Hash),
                (12, 5, G3Hash),
                (13, 5, G3),
                (14, 4, G2),
                (18, 5, G2),
                (20, 5, G1),
            ],
        );
    }

    #[test]
    fn outfield_matches_spec() {
        check(
            Position::CF,
            &[
                (1, 1, F1),
                (1, 2, DO2),
                (1, 3, DO3),
                (1, 5, TR3),
                (2, 2, SI2),
                (4, 2, F1),
                (7, 3, F1),
                (12, 4, F1),
                (14, 1, F3),
                (16, 5, F1),
                (19, 5, F2),
                (20, 5, F3),
            ],
        );
    }

    #[test]
    fn catcher_matches_spec() {
        check(
            Position::C,
            &[
                (1, 1, G3),
                (1, 5, SI1),
                (2, 2, SPD),
                (4, 1, G2),
                (7, 1, PO),
                (10, 1, FO),
                (13, 1, G1),
                (9, 5, SPD),
                (11, 5, G3),
                (14, 5, G2),
                (17, 5, PO),
                (20, 5, FO),
                (20, 4, G1),
            ],
        );
    }

    #[test]
    fn pitcher_matches_spec() {
        check(
            Position::P,
            &[
                (1, 1, G3),
                (1, 2, SI1),
                (6, 5, SI1),
                (7, 5, G3),
                (8, 1, G2),
                (10, 1, G1),
                (10, 2, G2),
                (13, 3, G2),
                (15, 5, G2),
                (19, 5, G2),
                (20, 5, G1),
            ],
        );
    }

    #[test]
    fn every_code_round_trips() {
        for (text, result) in super::CODES {
            assert_eq!(super::code(text), Some(result));
            assert_eq!(super::name(result), text);
        }
    }
}
