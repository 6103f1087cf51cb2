//! Rules §1 Game state (bases): who is on which base, who is responsible for him, and the
//! sequential base code the league charts use (0 empty, 1 first, 2 second, 3 third,
//! 4 first+second, 5 first+third, 6 second+third, 7 loaded — not a bit field).

use crate::ids::{Base, PlayerId};
use serde::{Deserialize, Serialize};

/// A runner on base.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Runner {
    /// Who is running.
    pub player: PlayerId,
    /// The pitcher charged if he scores (rules §13, inherited runners).
    pub pitcher: PlayerId,
    /// False when he reached on an error, catcher's interference or as the extra-inning runner:
    /// his run is unearned.
    pub earned: bool,
}

/// First, second and third base.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Bases(pub [Option<Runner>; 3]);

impl Bases {
    /// The runner on a base (`None` for home or an empty base).
    #[must_use]
    pub fn get(&self, base: Base) -> Option<Runner> {
        base.index().and_then(|i| self.0[i])
    }
    /// Whether a base is occupied.
    #[must_use]
    pub fn occupied(&self, base: Base) -> bool {
        self.get(base).is_some()
    }
    /// Put a runner on (or clear) a base; home is ignored.
    pub fn set(&mut self, base: Base, runner: Option<Runner>) {
        if let Some(i) = base.index() {
            self.0[i] = runner;
        }
    }
    /// No runners.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }
    /// Number of runners.
    #[must_use]
    pub fn count(&self) -> usize {
        self.0.iter().flatten().count()
    }
    /// The lead runner's base.
    #[must_use]
    pub fn lead(&self) -> Option<Base> {
        Base::OCCUPIABLE
            .iter()
            .rev()
            .copied()
            .find(|&b| self.occupied(b))
    }
    /// Occupied bases, lead runner first.
    pub fn occupied_lead_first(&self) -> impl Iterator<Item = Base> + '_ {
        Base::OCCUPIABLE
            .iter()
            .rev()
            .copied()
            .filter(|&b| self.occupied(b))
    }
    /// Whether the runner on `base` is forced by a batter going to first.
    #[must_use]
    pub fn forced(&self, base: Base) -> bool {
        match base {
            Base::First => self.occupied(Base::First),
            Base::Second => self.occupied(Base::First) && self.occupied(Base::Second),
            Base::Third => {
                self.occupied(Base::First)
                    && self.occupied(Base::Second)
                    && self.occupied(Base::Third)
            }
            Base::Home => false,
        }
    }
    /// The sequential chart code 0..=7 (rules §1).
    #[must_use]
    pub fn code(&self) -> u8 {
        match (
            self.0[0].is_some(),
            self.0[1].is_some(),
            self.0[2].is_some(),
        ) {
            (false, false, false) => 0,
            (true, false, false) => 1,
            (false, true, false) => 2,
            (false, false, true) => 3,
            (true, true, false) => 4,
            (true, false, true) => 5,
            (false, true, true) => 6,
            (true, true, true) => 7,
        }
    }
    /// Where a player is on base, if he is.
    #[must_use]
    pub fn base_of(&self, player: PlayerId) -> Option<Base> {
        Base::OCCUPIABLE
            .iter()
            .copied()
            .find(|&b| self.get(b).is_some_and(|r| r.player == player))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: u32) -> Option<Runner> {
        Some(Runner {
            player: PlayerId(n),
            pitcher: PlayerId(99),
            earned: true,
        })
    }

    #[test]
    fn base_code_is_sequential_not_a_bit_field() {
        let cases = [
            ([None, None, None], 0),
            ([r(1), None, None], 1),
            ([None, r(1), None], 2),
            ([None, None, r(1)], 3),
            ([r(1), r(2), None], 4),
            ([r(1), None, r(2)], 5),
            ([None, r(1), r(2)], 6),
            ([r(1), r(2), r(3)], 7),
        ];
        for (b, code) in cases {
            assert_eq!(Bases(b).code(), code);
        }
    }

    #[test]
    fn force_chain() {
        let b = Bases([r(1), None, r(3)]);
        assert!(b.forced(Base::First));
        assert!(!b.forced(Base::Second));
        assert!(!b.forced(Base::Third));
        assert_eq!(b.lead(), Some(Base::Third));
    }
}
