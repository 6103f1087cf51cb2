//! Rules §1 Game state: the small nouns every other module uses (sides, halves, positions,
//! bases, hands, player ids).

use serde::{Deserialize, Serialize};
use std::fmt;

/// A player's id as the league knows him (SBA `id`, PD `player_id`).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct PlayerId(pub u32);

impl fmt::Display for PlayerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// One of the two teams.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The visitors: bat in the top half.
    Away,
    /// The home team: bats in the bottom half, its park is used.
    Home,
}

impl Side {
    /// The other team.
    #[must_use]
    pub fn other(self) -> Side {
        match self {
            Side::Away => Side::Home,
            Side::Home => Side::Away,
        }
    }
    /// 0 for away, 1 for home: the index into per-team arrays.
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }
    /// Both sides, away first.
    pub const BOTH: [Side; 2] = [Side::Away, Side::Home];
}

/// Top (away bats) or bottom (home bats) of an inning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Half {
    /// Away team bats.
    Top,
    /// Home team bats.
    Bottom,
}

impl Half {
    /// The side at bat in this half.
    #[must_use]
    pub fn batting(self) -> Side {
        match self {
            Half::Top => Side::Away,
            Half::Bottom => Side::Home,
        }
    }
    /// The side in the field in this half.
    #[must_use]
    pub fn fielding(self) -> Side {
        self.batting().other()
    }
}

/// Batting or throwing hand. `S` (switch) is only meaningful for batters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Hand {
    /// Left.
    L,
    /// Right.
    R,
    /// Switch hitter: bats opposite the pitcher's hand.
    S,
}

/// A defensive position, or DH (a batting-order role only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Position {
    /// Pitcher.
    P,
    /// Catcher.
    C,
    /// First base.
    #[serde(rename = "1B")]
    B1,
    /// Second base.
    #[serde(rename = "2B")]
    B2,
    /// Third base.
    #[serde(rename = "3B")]
    B3,
    /// Shortstop.
    SS,
    /// Left field.
    LF,
    /// Center field.
    CF,
    /// Right field.
    RF,
    /// Designated hitter (bats, does not field).
    DH,
}

impl Position {
    /// The nine fielding positions in scoring order (1 = P … 9 = RF).
    pub const FIELD: [Position; 9] = [
        Position::P,
        Position::C,
        Position::B1,
        Position::B2,
        Position::B3,
        Position::SS,
        Position::LF,
        Position::CF,
        Position::RF,
    ];

    /// Index 0..9 into a defensive alignment; `None` for DH.
    #[must_use]
    pub fn field_index(self) -> Option<usize> {
        match self {
            Position::DH => None,
            p => Some(p as usize),
        }
    }

    /// Scorer's number 1..=9 (P=1 … RF=9); DH is 10.
    #[must_use]
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The conventional short name ("SS", "1B", ...).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Position::P => "P",
            Position::C => "C",
            Position::B1 => "1B",
            Position::B2 => "2B",
            Position::B3 => "3B",
            Position::SS => "SS",
            Position::LF => "LF",
            Position::CF => "CF",
            Position::RF => "RF",
            Position::DH => "DH",
        }
    }

    /// Outfielders throw with an arm rating used in speed checks.
    #[must_use]
    pub fn is_outfield(self) -> bool {
        matches!(self, Position::LF | Position::CF | Position::RF)
    }

    /// The four infield positions that share the infield range chart.
    #[must_use]
    pub fn is_infield(self) -> bool {
        matches!(
            self,
            Position::B1 | Position::B2 | Position::B3 | Position::SS
        )
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A base a runner can occupy or reach. `Home` means the runner scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Base {
    /// First base.
    First = 1,
    /// Second base.
    Second = 2,
    /// Third base.
    Third = 3,
    /// Home plate (scored).
    Home = 4,
}

impl Base {
    /// The base numbered 1..=4 (4 = home); anything higher is also home.
    #[must_use]
    pub fn from_number(n: u8) -> Option<Base> {
        match n {
            0 => None,
            1 => Some(Base::First),
            2 => Some(Base::Second),
            3 => Some(Base::Third),
            _ => Some(Base::Home),
        }
    }
    /// 1..=4.
    #[must_use]
    pub fn number(self) -> u8 {
        self as u8
    }
    /// Index 0..3 of an occupied base (`None` for home).
    #[must_use]
    pub fn index(self) -> Option<usize> {
        match self {
            Base::Home => None,
            b => Some(b as usize - 1),
        }
    }
    /// The base `n` bases further on (saturating at home).
    #[must_use]
    pub fn plus(self, n: u8) -> Base {
        Base::from_number(self.number().saturating_add(n)).unwrap_or(Base::Home)
    }
    /// The three bases a runner can stand on, first to third.
    pub const OCCUPIABLE: [Base; 3] = [Base::First, Base::Second, Base::Third];
}

/// A letter grade A (best) to D used for bunting and hit-and-run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Grade {
    /// Best.
    A,
    /// Good.
    B,
    /// Fair.
    C,
    /// Poor.
    D,
}

impl Grade {
    /// 0..4 (A = 0).
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }
    /// All grades, best first.
    pub const ALL: [Grade; 4] = [Grade::A, Grade::B, Grade::C, Grade::D];
}
