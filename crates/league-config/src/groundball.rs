//! Rules §6 Groundballs: reads the groundball chart (type × depth × base code → result 1..=13).

use crate::error::{Location, ProblemKind, Problems};
use crate::read;
use crate::source::Parts;
use engine_core::league::{GroundballChart, GroundballResult};

const TYPES: [&str; 3] = ["A", "B", "C"];
const DEPTHS: [&str; 2] = ["normal", "in"];

/// Read the chart from its parts `A`, `B`, `C`, each with rows `normal` and `in`.
pub(crate) fn read(parts: &Parts, at: &Location, p: &mut Problems) -> Option<GroundballChart> {
    for key in parts.keys().filter(|k| !TYPES.contains(&k.as_str())) {
        p.push(at.clone(), ProblemKind::UnknownKey(key.clone()));
    }
    let mut types = Vec::new();
    for kind in TYPES {
        let Some(part) = parts.get(kind) else {
            p.push(at.clone(), ProblemKind::MissingKey(kind.to_owned()));
            continue;
        };
        types.push(read_type(kind, &part.value, &part.at, p));
    }
    let types: Vec<_> = types.into_iter().collect::<Option<_>>()?;
    let cells = types.try_into().ok()?;
    Some(GroundballChart { cells })
}

type TypeRows = [[GroundballResult; 8]; 2];

fn read_type(kind: &str, v: &toml::Value, at: &Location, p: &mut Problems) -> Option<TypeRows> {
    let table = read::table(v, at, p)?;
    read::no_unknown_keys(table, &DEPTHS, at, p);
    let rows: Vec<_> = DEPTHS
        .iter()
        .map(|depth| {
            let row = read::required(table, depth, at, p)?;
            read_row(row, &at.row(format!("{kind} {depth}")), p)
        })
        .collect();
    let rows: Vec<_> = rows.into_iter().collect::<Option<_>>()?;
    rows.try_into().ok()
}

fn read_row(v: &toml::Value, at: &Location, p: &mut Problems) -> Option<[GroundballResult; 8]> {
    let cells = read::array(v, at, p)?;
    if cells.len() != 8 {
        p.push(
            at.clone(),
            ProblemKind::WrongColumnCount {
                expected: 8,
                found: cells.len(),
            },
        );
        return None;
    }
    let results: Vec<_> = cells
        .iter()
        .enumerate()
        .map(|(code, cell)| {
            let n = read::u8_in(cell, 1, 13, &at.column(format!("base code {code}")), p)?;
            GroundballResult::new(n)
        })
        .collect();
    let results: Vec<_> = results.into_iter().collect::<Option<_>>()?;
    results.try_into().ok()
}

#[cfg(test)]
mod tests {
    use engine_core::league::{ChartDepth, GroundballType};

    #[test]
    fn chart_matches_rules_section_6() {
        let chart = crate::sba().unwrap().charts.groundball;
        let expect = [
            (
                GroundballType::A,
                ChartDepth::Normal,
                [1, 2, 1, 3, 13, 13, 3, 13],
            ),
            (GroundballType::A, ChartDepth::In, [1, 2, 1, 1, 2, 2, 1, 10]),
            (
                GroundballType::B,
                ChartDepth::Normal,
                [1, 4, 5, 3, 4, 4, 3, 4],
            ),
            (GroundballType::B, ChartDepth::In, [1, 4, 5, 1, 4, 8, 7, 7]),
            (
                GroundballType::C,
                ChartDepth::Normal,
                [1, 3, 3, 3, 3, 3, 3, 3],
            ),
            (GroundballType::C, ChartDepth::In, [1, 3, 3, 9, 3, 9, 9, 12]),
        ];
        for (kind, depth, row) in expect {
            for (code, want) in (0u8..).zip(row) {
                assert_eq!(
                    chart.lookup(kind, depth, code).number(),
                    want,
                    "{kind:?} {depth:?} {code}"
                );
            }
        }
        assert_eq!(
            chart
                .lookup(GroundballType::A, ChartDepth::Normal, 4)
                .number(),
            13
        );
    }
}
