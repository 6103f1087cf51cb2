//! Small helpers that read TOML values and record a [`Problem`](crate::Problem) instead of
//! failing, plus the row-set that checks a die's rows are each listed exactly once.

use crate::error::{Location, ProblemKind, Problems};
use toml::{Table, Value};

/// The value as a table, or a `WrongType` problem.
pub(crate) fn table<'a>(v: &'a Value, at: &Location, p: &mut Problems) -> Option<&'a Table> {
    v.as_table().or_else(|| wrong(v, "a table", at, p))
}

/// The value as an array, or a `WrongType` problem.
pub(crate) fn array<'a>(v: &'a Value, at: &Location, p: &mut Problems) -> Option<&'a [Value]> {
    v.as_array()
        .map(Vec::as_slice)
        .or_else(|| wrong(v, "an array", at, p))
}

/// The value as a string, or a `WrongType` problem.
pub(crate) fn string<'a>(v: &'a Value, at: &Location, p: &mut Problems) -> Option<&'a str> {
    v.as_str().or_else(|| wrong(v, "a string", at, p))
}

/// The value as a boolean, or a `WrongType` problem.
pub(crate) fn boolean(v: &Value, at: &Location, p: &mut Problems) -> Option<bool> {
    v.as_bool().or_else(|| wrong(v, "true or false", at, p))
}

/// The value as an integer within `min..=max`, or a problem.
pub(crate) fn int_in(
    v: &Value,
    min: i64,
    max: i64,
    at: &Location,
    p: &mut Problems,
) -> Option<i64> {
    let n = v.as_integer().or_else(|| wrong(v, "an integer", at, p))?;
    if (min..=max).contains(&n) {
        Some(n)
    } else {
        p.push(
            at.clone(),
            ProblemKind::ValueOutOfRange { value: n, min, max },
        );
        None
    }
}

/// An integer within `min..=max` converted to `u8`.
pub(crate) fn u8_in(v: &Value, min: u8, max: u8, at: &Location, p: &mut Problems) -> Option<u8> {
    int_in(v, i64::from(min), i64::from(max), at, p).and_then(|n| u8::try_from(n).ok())
}

/// An integer within `min..=max` converted to `i8`.
pub(crate) fn i8_in(v: &Value, min: i8, max: i8, at: &Location, p: &mut Problems) -> Option<i8> {
    int_in(v, i64::from(min), i64::from(max), at, p).and_then(|n| i8::try_from(n).ok())
}

fn wrong<T>(v: &Value, expected: &'static str, at: &Location, p: &mut Problems) -> Option<T> {
    p.push(
        at.clone(),
        ProblemKind::WrongType {
            expected,
            found: v.type_str().to_owned(),
        },
    );
    None
}

/// A required key of a table, or a `MissingKey` problem.
pub(crate) fn required<'a>(
    t: &'a Table,
    key: &str,
    at: &Location,
    p: &mut Problems,
) -> Option<&'a Value> {
    let v = t.get(key);
    if v.is_none() {
        p.push(at.clone(), ProblemKind::MissingKey(key.to_owned()));
    }
    v
}

/// Record an `UnknownKey` problem for every key of `t` not in `known`.
pub(crate) fn no_unknown_keys(t: &Table, known: &[&str], at: &Location, p: &mut Problems) {
    for key in t.keys().filter(|k| !known.contains(&k.as_str())) {
        p.push(at.clone(), ProblemKind::UnknownKey(key.clone()));
    }
}

/// Rows of a die's table, `min..=max`, each to be listed exactly once.
pub(crate) struct RowSet<T> {
    min: u8,
    slots: Vec<Slot<T>>,
}

enum Slot<T> {
    Empty,
    /// Listed; `None` when a cell of the row had a problem (already recorded).
    Listed(Option<T>),
}

impl<T> RowSet<T> {
    /// An empty set for rolls `min..=max`.
    pub(crate) fn new(min: u8, max: u8) -> Self {
        let slots = (min..=max).map(|_| Slot::Empty).collect();
        RowSet { min, slots }
    }

    fn max(&self) -> u8 {
        let extra = u8::try_from(self.slots.len().saturating_sub(1)).unwrap_or(u8::MAX);
        self.min.saturating_add(extra)
    }

    /// The slot index of a roll, or a `RowOutOfRange` problem.
    fn check_roll(&self, roll: i64, at: &Location, p: &mut Problems) -> Option<usize> {
        let index = roll
            .checked_sub(i64::from(self.min))
            .and_then(|i| usize::try_from(i).ok());
        match index.filter(|&i| i < self.slots.len()) {
            Some(i) => Some(i),
            None => {
                let (min, max) = (self.min, self.max());
                p.push(
                    at.clone(),
                    ProblemKind::RowOutOfRange {
                        row: roll,
                        min,
                        max,
                    },
                );
                None
            }
        }
    }

    /// Record a row; a second listing of the same roll is a `DuplicateRow` problem.
    pub(crate) fn insert(&mut self, roll: i64, value: Option<T>, at: &Location, p: &mut Problems) {
        let Some(i) = self.check_roll(roll, at, p) else {
            return;
        };
        match self.slots.get_mut(i) {
            Some(slot @ Slot::Empty) => *slot = Slot::Listed(value),
            _ => p.push(at.clone(), ProblemKind::DuplicateRow(roll)),
        }
    }

    /// Every row in order, or `None` after recording a `MissingRow` for each absent roll.
    pub(crate) fn finish(self, at: &Location, p: &mut Problems) -> Option<Vec<T>> {
        let mut rows = Vec::with_capacity(self.slots.len());
        let mut complete = true;
        for (roll, slot) in (self.min..).zip(self.slots) {
            match slot {
                Slot::Listed(Some(v)) => rows.push(v),
                Slot::Listed(None) => complete = false,
                Slot::Empty => {
                    p.push(at.clone(), ProblemKind::MissingRow(roll));
                    complete = false;
                }
            }
        }
        complete.then_some(rows)
    }
}

/// Parse a list like `e3 -> e12, e19 -> e28, e30` or `1-12, 20` into its numbers, in order.
/// A leading `e` is optional on each bound (`e53 -> 71` is read as 53..=71); ranges may be
/// written `->`, `-` or `–`. Empty text is an empty list.
pub(crate) fn number_list(text: &str, at: &Location, p: &mut Problems) -> Option<Vec<i64>> {
    let mut out = Vec::new();
    let mut ok = true;
    for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match list_item(item) {
            Some((lo, hi)) => out.extend(lo..=hi),
            None => {
                p.push(at.clone(), ProblemKind::BadList(item.to_owned()));
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

fn list_item(item: &str) -> Option<(i64, i64)> {
    let bounds = ["->", "–", "-"].iter().find_map(|sep| item.split_once(sep));
    let (lo, hi) = match bounds {
        Some((lo, hi)) => (bound(lo)?, bound(hi)?),
        None => (bound(item)?, bound(item)?),
    };
    (lo <= hi).then_some((lo, hi))
}

fn bound(s: &str) -> Option<i64> {
    let s = s.trim();
    let s = s.strip_prefix(['e', 'E']).unwrap_or(s).trim();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> Result<Vec<i64>, Vec<crate::Problem>> {
        let mut p = Problems::default();
        number_list(text, &Location::new("t", "t"), &mut p).ok_or_else(|| p.into_vec())
    }

    #[test]
    fn lists_accept_every_written_form() {
        assert_eq!(list("e3 -> e5, e19").unwrap(), vec![3, 4, 5, 19]);
        assert_eq!(list("3-5, 19").unwrap(), vec![3, 4, 5, 19]);
        assert_eq!(list("e53 -> 55").unwrap(), vec![53, 54, 55]);
        assert_eq!(list("e8 ,e10").unwrap(), vec![8, 10]);
        assert_eq!(list("1–2").unwrap(), vec![1, 2]);
        assert_eq!(list("").unwrap(), Vec::<i64>::new());
    }

    #[test]
    fn lists_reject_garbage_and_reversed_ranges() {
        let problems = list("e3 -> x, 9-2, e7").unwrap_err();
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].kind, ProblemKind::BadList("e3 -> x".into()));
        assert_eq!(problems[1].kind, ProblemKind::BadList("9-2".into()));
    }

    #[test]
    fn row_set_reports_missing_duplicate_and_out_of_range_rows() {
        let mut p = Problems::default();
        let at = Location::new("t", "t");
        let mut rows = RowSet::new(3, 5);
        rows.insert(3, Some('a'), &at, &mut p);
        rows.insert(3, Some('b'), &at, &mut p);
        rows.insert(6, Some('c'), &at, &mut p);
        assert!(rows.finish(&at, &mut p).is_none());
        let kinds: Vec<_> = p.into_vec().into_iter().map(|x| x.kind).collect();
        assert_eq!(
            kinds,
            vec![
                ProblemKind::DuplicateRow(3),
                ProblemKind::RowOutOfRange {
                    row: 6,
                    min: 3,
                    max: 5
                },
                ProblemKind::MissingRow(4),
                ProblemKind::MissingRow(5),
            ]
        );
    }
}
