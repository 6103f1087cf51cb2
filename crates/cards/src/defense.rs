//! PD defense ratings, per player per position, and their check into engine-core's
//! [`DefenseRatings`].

use crate::error::{CardError, CardKind, CardRef, Problem, Problems};
use engine_core::ratings::DefenseRatings;
use engine_core::{PlayerId, Position};
use serde::{Deserialize, Serialize};

/// A player's defense at one position as the PD API sends it: not necessarily legal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DefenseCard {
    /// The player, when the payload names him (used in error messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub player_id: Option<PlayerId>,
    /// The position ("SS", "1B", ...); not DH.
    pub position: Position,
    /// Range 1 (best) ..= 5.
    pub range: u8,
    /// Error rating 0..=88.
    pub error: u8,
    /// Throwing arm −9..=9 (outfield and catcher; negative is strong).
    #[serde(default)]
    pub arm: Option<i8>,
    /// Passed-ball rating 0..=20 (catcher).
    #[serde(default)]
    pub pb: Option<u8>,
}

impl DefenseCard {
    /// Checks the ratings and converts them into the engine's.
    ///
    /// # Errors
    /// [`CardError`] listing every rating out of range (and DH, which has no defense).
    pub fn ratings(&self) -> Result<DefenseRatings, CardError> {
        let mut problems = Problems::default();
        if self.position == Position::DH {
            problems.push(Problem::DefenseAtDh);
        }
        problems.range("range", i64::from(self.range), 1, 5);
        problems.range("error", i64::from(self.error), 0, 88);
        if let Some(arm) = self.arm {
            problems.range("arm", i64::from(arm), -9, 9);
        }
        if let Some(pb) = self.pb {
            problems.range("pb", i64::from(pb), 0, 20);
        }
        let card = CardRef {
            kind: CardKind::Defense(self.position),
            player: self.player_id,
        };
        problems.finish(
            card,
            DefenseRatings {
                position: self.position,
                range: Some(self.range),
                error: Some(self.error),
                arm: self.arm,
                pb: if self.position == Position::C {
                    self.pb
                } else {
                    None
                },
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defense_converts_and_checks_ranges() {
        let json = r#"{"position": "C", "range": 2, "error": 7, "arm": -2, "pb": 4, "player": 9}"#;
        let d: DefenseCard = serde_json::from_str(json).unwrap();
        let r = d.ratings().unwrap();
        assert_eq!(
            (r.position, r.range, r.error, r.arm, r.pb),
            (Position::C, Some(2), Some(7), Some(-2), Some(4))
        );
        let bad = DefenseCard {
            position: Position::DH,
            range: 6,
            error: 90,
            ..d
        };
        let e = bad.ratings().unwrap_err();
        assert_eq!(e.problems.len(), 3);
        assert!(
            e.to_string().starts_with("invalid defense card at DH"),
            "{e}"
        );
    }
}
