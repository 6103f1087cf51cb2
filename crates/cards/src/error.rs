//! Card validation errors: every problem with a card, named by card, side and field.
//!
//! Validation never stops at the first problem: a [`CardError`] lists every [`Problem`] it
//! found, so a commissioner fixing a card sees everything at once.

use engine_core::{PlayerId, Position};
use std::fmt;

/// Which kind of card a problem was found on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CardKind {
    /// A batting card.
    Batting,
    /// A pitching card.
    Pitching,
    /// A defense card at a position.
    Defense(Position),
}

/// The card a problem was found on: its kind and, when known, its player.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CardRef {
    /// Batting, pitching or defense.
    pub kind: CardKind,
    /// The player whose card it is (PD `player_id`), when the card carries it.
    pub player: Option<PlayerId>,
}

impl fmt::Display for CardRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            CardKind::Batting => f.write_str("batting card")?,
            CardKind::Pitching => f.write_str("pitching card")?,
            CardKind::Defense(p) => write!(f, "defense card at {p}")?,
        }
        match self.player {
            Some(p) => write!(f, " of player {p}"),
            None => Ok(()),
        }
    }
}

/// One side of a card: the split against left-handed or right-handed opponents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SideName {
    /// The `vs_left` side.
    VsLeft,
    /// The `vs_right` side.
    VsRight,
}

impl fmt::Display for SideName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SideName::VsLeft => "vs_left",
            SideName::VsRight => "vs_right",
        })
    }
}

/// One thing wrong with a card.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Problem {
    /// A side the card must have is absent.
    #[error("side {side} is missing")]
    MissingSide {
        /// The absent side.
        side: SideName,
    },
    /// A side's chances do not total 108 within ±0.5.
    #[error("side {side} totals {total:.2} chances, expected 108 ± 0.5")]
    ChanceTotal {
        /// The side.
        side: SideName,
        /// What its chances add up to.
        total: f64,
    },
    /// A chance is not a multiple of 0.05 (one d20 twentieth of a two-dice combination).
    #[error("side {side}: {field} = {value} is not a multiple of 0.05")]
    NotStep {
        /// The side.
        side: SideName,
        /// The PD field name.
        field: &'static str,
        /// The value found.
        value: f64,
    },
    /// A chance is negative.
    #[error("side {side}: {field} = {value} is negative")]
    Negative {
        /// The side.
        side: SideName,
        /// The PD field name.
        field: &'static str,
        /// The value found.
        value: f64,
    },
    /// A number is NaN or infinite.
    #[error("side {side}: {field} is not a finite number")]
    NotFinite {
        /// The side.
        side: SideName,
        /// The PD field name.
        field: &'static str,
    },
    /// The hit-location rates are out of range or do not sum to 1.
    #[error(
        "side {side}: pull_rate {pull}, center_rate {center}, slap_rate {slap} must each be \
         within 0..=1 and sum to 1 ± 0.02"
    )]
    SprayRates {
        /// The side.
        side: SideName,
        /// `pull_rate`.
        pull: f64,
        /// `center_rate`.
        center: f64,
        /// `slap_rate`.
        slap: f64,
    },
    /// A card-level rating is outside its legal range.
    #[error("{rating} = {value} is outside {min}..={max}")]
    OutOfRange {
        /// The PD field name.
        rating: &'static str,
        /// The value found.
        value: f64,
        /// Smallest legal value.
        min: f64,
        /// Largest legal value.
        max: f64,
    },
    /// `steal_low` is greater than `steal_high`.
    #[error("steal_low {low} is greater than steal_high {high}")]
    StealOrder {
        /// `steal_low`.
        low: u8,
        /// `steal_high`.
        high: u8,
    },
    /// A hand that this card cannot have (a switch-throwing pitcher).
    #[error("hand S is not allowed on a pitching card")]
    SwitchPitcher,
    /// DH is not a fielding position.
    #[error("DH has no defense card")]
    DefenseAtDh,
}

/// A card that failed validation, with every problem found on it.
#[derive(Clone, Debug, PartialEq)]
pub struct CardError {
    /// The card.
    pub card: CardRef,
    /// Every problem, in the order found (never empty).
    pub problems: Vec<Problem>,
}

impl fmt::Display for CardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {}: ", self.card)?;
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CardError {}

/// Collects problems while a card is checked.
#[derive(Debug, Default)]
pub(crate) struct Problems(pub(crate) Vec<Problem>);

impl Problems {
    /// Records a problem.
    pub(crate) fn push(&mut self, p: Problem) {
        self.0.push(p);
    }

    /// Checks an integer rating against its legal range.
    pub(crate) fn range(&mut self, rating: &'static str, value: i64, min: i64, max: i64) {
        if value < min || value > max {
            self.push(Problem::OutOfRange {
                rating,
                value: value as f64,
                min: min as f64,
                max: max as f64,
            });
        }
    }

    /// `Ok(value)` when nothing was recorded, otherwise the error for `card`.
    /// The card built from both checked sides, or every problem (a missing side included).
    pub(crate) fn finish_sides<S, T>(
        self,
        card: CardRef,
        sides: (Option<S>, Option<S>),
        build: impl FnOnce(S, S) -> T,
    ) -> Result<T, CardError> {
        match sides {
            (Some(left), Some(right)) => self.finish(card, build(left, right)),
            _ => Err(CardError {
                card,
                problems: self.0,
            }),
        }
    }

    /// A side that must be present: `None` (and a `MissingSide` problem) when it is not.
    pub(crate) fn side<'a, S>(
        &mut self,
        side: Option<&'a mut S>,
        name: SideName,
    ) -> Option<&'a mut S> {
        if side.is_none() {
            self.push(Problem::MissingSide { side: name });
        }
        side
    }

    pub(crate) fn finish<T>(self, card: CardRef, value: T) -> Result<T, CardError> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(CardError {
                card,
                problems: self.0,
            })
        }
    }
}
