//! Rules §7.3 Error charts: 3d6 rows 3..=18, each listing the error ratings that give a 1-, 2-
//! or 3-base error, expanded to a full `rows[total - 3][rating]` table.
//!
//! A rating listed under two sizes on one row gets the larger error.

use crate::error::{Location, ProblemKind, Problems};
use crate::read::{self, RowSet};
use crate::source::Parts;
use engine_core::league::{ErrorChart, ErrorCharts, ErrorSize};

/// The charts' part names, in the order of [`ErrorCharts`]' fields.
pub(crate) const CHARTS: [&str; 8] = ["P", "C", "1B", "2B", "3B", "SS", "LF_RF", "CF"];

const SIZES: [(&str, ErrorSize); 3] = [
    ("e1", ErrorSize::E1),
    ("e2", ErrorSize::E2),
    ("e3", ErrorSize::E3),
];

/// Read the eight charts.
pub(crate) fn read(parts: &Parts, at: &Location, p: &mut Problems) -> Option<ErrorCharts> {
    for key in parts.keys().filter(|k| !CHARTS.contains(&k.as_str())) {
        p.push(at.clone(), ProblemKind::UnknownKey(key.clone()));
    }
    let [pc, c, b1, b2, b3, ss, lf_rf, cf] = CHARTS.map(|chart| match parts.get(chart) {
        Some(part) => read_chart(&part.value, &part.at, p),
        None => {
            p.push(at.clone(), ProblemKind::MissingKey(chart.to_owned()));
            None
        }
    });
    Some(ErrorCharts {
        p: pc?,
        c: c?,
        b1: b1?,
        b2: b2?,
        b3: b3?,
        ss: ss?,
        lf_rf: lf_rf?,
        cf: cf?,
    })
}

fn read_chart(v: &toml::Value, at: &Location, p: &mut Problems) -> Option<ErrorChart> {
    let table = read::table(v, at, p)?;
    read::no_unknown_keys(table, &["max_rating", "rows"], at, p);
    let max = read::required(table, "max_rating", at, p)
        .and_then(|v| read::u8_in(v, 1, 254, &at.key("max_rating"), p));
    let rows = read::required(table, "rows", at, p).and_then(|v| read::array(v, at, p))?;
    let max = max?;
    let mut set = RowSet::new(3, 18);
    for (i, row) in rows.iter().enumerate() {
        let row_at = at.row(format!("#{}", i + 1));
        let Some(row) = read::table(row, &row_at, p) else {
            continue;
        };
        read::no_unknown_keys(row, &["roll", "e1", "e2", "e3"], &row_at, p);
        let Some(roll) = read::required(row, "roll", &row_at, p)
            .and_then(|v| read::int_in(v, i64::MIN, i64::MAX, &row_at.column("roll"), p))
        else {
            continue;
        };
        let row_at = at.row(format!("3d6 = {roll}"));
        let sizes = read_row(row, max, &row_at, p);
        set.insert(roll, sizes, &row_at, p);
    }
    let rows = set.finish(at, p)?;
    Some(ErrorChart {
        max_rating: max,
        rows,
    })
}

/// One row expanded to ratings 0..=max.
fn read_row(row: &toml::Table, max: u8, at: &Location, p: &mut Problems) -> Option<Vec<ErrorSize>> {
    let mut sizes = vec![ErrorSize::None; usize::from(max) + 1];
    let mut ok = true;
    for (key, size) in SIZES {
        let Some(v) = row.get(key) else { continue };
        let col = at.column(key);
        let Some(list) = read::string(v, &col, p).and_then(|t| read::number_list(t, &col, p))
        else {
            ok = false;
            continue;
        };
        for rating in list {
            ok &= set_rating(&mut sizes, rating, size, max, &col, p);
        }
    }
    ok.then_some(sizes)
}

/// Mark one rating; a rating listed under two sizes on one row gets the larger error (the
/// published LF/RF chart lists e17 on row 3 as both a 3-base and a 1-base error).
fn set_rating(
    sizes: &mut [ErrorSize],
    rating: i64,
    size: ErrorSize,
    max: u8,
    at: &Location,
    p: &mut Problems,
) -> bool {
    match usize::try_from(rating).ok().and_then(|r| sizes.get_mut(r)) {
        Some(slot) => {
            *slot = (*slot).max(size);
            true
        }
        None => {
            p.push(at.clone(), ProblemKind::RatingOutOfRange { rating, max });
            false
        }
    }
}

#[cfg(test)]
mod tests;
