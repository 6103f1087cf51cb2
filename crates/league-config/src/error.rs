//! Errors: every problem found while loading a league, with the file, table, row and column.
//!
//! Loading never stops at the first problem: each chart reader records what it finds in a
//! [`Problems`] list and goes on, so a commissioner sees every mistake in one report.

use std::fmt;
use std::path::PathBuf;

/// Why a league could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// `preset(name)` was asked for a league that is not compiled in.
    #[error("unknown league preset {name:?}; known presets: {}", crate::PRESET_NAMES.join(", "))]
    UnknownPreset {
        /// The name that was asked for.
        name: String,
    },
    /// A custom league file could not be read from disk.
    #[error("cannot read league file {}: {source}", path.display())]
    Read {
        /// The path that was given.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The league data was read but is not valid; every problem found is listed.
    #[error("{} problem(s) in the league configuration:{}", problems.len(), ProblemList(problems))]
    Invalid {
        /// Every problem, in the order found.
        problems: Vec<Problem>,
    },
}

impl ConfigError {
    /// The data problems this error lists (empty for `UnknownPreset` and `Read`).
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        match self {
            ConfigError::Invalid { problems } => problems,
            _ => &[],
        }
    }
}

struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in self.0 {
            write!(f, "\n  - {p}")?;
        }
        Ok(())
    }
}

/// One problem in the league data: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {kind}")]
pub struct Problem {
    /// File, table, row and column of the problem.
    pub location: Location,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// Where a problem is: the file, the table (dotted TOML path), and the row and column when the
/// problem is in one cell.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Location {
    /// The data file (`charts/range.toml`, or the custom league file's name).
    pub file: String,
    /// Dotted path of the table or key inside the file (`catcher`, `charts.errors.SS`).
    pub table: String,
    /// The row, e.g. `d20 = 10`, `3d6 = 15`, `A normal`; `None` for the whole table.
    pub row: Option<String>,
    /// The column, e.g. `R1`, `e1`, `base code 4`; `None` for the whole row.
    pub column: Option<String>,
}

impl Location {
    /// A location naming a whole table of a file.
    #[must_use]
    pub fn new(file: &str, table: &str) -> Self {
        Location {
            file: file.to_owned(),
            table: table.to_owned(),
            row: None,
            column: None,
        }
    }
    /// The same location narrowed to a row.
    #[must_use]
    pub fn row(&self, row: impl fmt::Display) -> Self {
        Location {
            row: Some(row.to_string()),
            column: None,
            ..self.clone()
        }
    }
    /// The same location narrowed to a column.
    #[must_use]
    pub fn column(&self, column: impl fmt::Display) -> Self {
        Location {
            column: Some(column.to_string()),
            ..self.clone()
        }
    }
    /// The same file with a sub-table or key appended to the table path.
    #[must_use]
    pub fn key(&self, key: &str) -> Self {
        let table = if self.table.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.table)
        };
        Location {
            table,
            ..self.clone()
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if !self.table.is_empty() {
            write!(f, ": [{}]", self.table)?;
        }
        if let Some(row) = &self.row {
            write!(f, " row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, " column {column}")?;
        }
        Ok(())
    }
}

/// What is wrong at a [`Location`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProblemKind {
    /// The text is not valid TOML.
    #[error("not valid TOML: {0}")]
    Syntax(String),
    /// A required key or table is absent.
    #[error("missing `{0}`")]
    MissingKey(String),
    /// A key that the format does not know (often a typo).
    #[error("unknown key `{0}`")]
    UnknownKey(String),
    /// A value of the wrong TOML type.
    #[error("expected {expected}, found {found}")]
    WrongType {
        /// What the format wants.
        expected: &'static str,
        /// The TOML type found.
        found: String,
    },
    /// A die roll that the table must list is absent.
    #[error("row {0} is missing")]
    MissingRow(u8),
    /// A die roll listed twice (or covered by two ranges).
    #[error("row {0} is listed more than once")]
    DuplicateRow(i64),
    /// A row number the die cannot roll.
    #[error("row {row} is outside {min}..={max}")]
    RowOutOfRange {
        /// The row given.
        row: i64,
        /// Lowest roll of the die.
        min: u8,
        /// Highest roll of the die.
        max: u8,
    },
    /// A row with the wrong number of cells.
    #[error("expected {expected} columns, found {found}")]
    WrongColumnCount {
        /// Cells the table needs per row.
        expected: usize,
        /// Cells found.
        found: usize,
    },
    /// A chart code or name that is not known.
    #[error("unknown code {0:?}")]
    UnknownCode(String),
    /// A number outside its allowed range.
    #[error("{value} is outside {min}..={max}")]
    ValueOutOfRange {
        /// The value given.
        value: i64,
        /// Lowest allowed.
        min: i64,
        /// Highest allowed.
        max: i64,
    },
    /// An error rating above the chart's `max_rating` (or below 0).
    #[error("error rating e{rating} is outside e0..=e{max}")]
    RatingOutOfRange {
        /// The rating given.
        rating: i64,
        /// The chart's highest rating.
        max: u8,
    },
    /// A list entry that is neither `eN`, `N` nor a range `eA -> eB` / `A-B`.
    #[error("cannot read {0:?} as a number or a range like `e3 -> e12` or `3-12`")]
    BadList(String),
    /// An X-chart cell that is not a valid play.
    #[error("not a valid play: {0}")]
    BadPlay(String),
    /// A `G2#`/`G3#` result used as an X-chart line (they are converted before the lookup).
    #[error("{0} cannot have an X-chart line: it becomes G2/G3 or SI2 first")]
    HashLine(String),
    /// A hit-location zone whose percents do not sum to 100.
    #[error("the zone's percents total {total}, not 100")]
    ZoneTotal {
        /// What they total.
        total: u32,
    },
    /// A fielder listed twice in one hit-location zone.
    #[error("{0} is listed twice in the zone")]
    DuplicateFielder(String),
    /// A position that cannot field this kind of ball (e.g. a groundball to LF, anything to DH).
    #[error("{position} cannot field a {ball}")]
    IllegalFielder {
        /// The position given.
        position: String,
        /// The kind of ball (`groundball`, `air`, `popup`).
        ball: String,
    },
    /// A base result a range chart can produce has no line in the X-chart.
    #[error("no X-chart line for {base}, which the {chart} range chart can produce")]
    MissingXLine {
        /// The base result (after `#` conversion).
        base: String,
        /// The range chart that produces it.
        chart: String,
    },
}

/// The list of problems a load has found so far.
#[derive(Debug, Default)]
pub(crate) struct Problems(Vec<Problem>);

impl Problems {
    /// Record one problem.
    pub(crate) fn push(&mut self, location: Location, kind: ProblemKind) {
        self.0.push(Problem { location, kind });
    }
    /// How many problems were found so far.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }
    /// Whether nothing was found.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Every problem found.
    pub(crate) fn into_vec(self) -> Vec<Problem> {
        self.0
    }
}
