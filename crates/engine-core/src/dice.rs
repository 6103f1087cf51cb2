//! Rules §3 Dice: the dice trait, the seeded generator, and the record of every die rolled.
//!
//! Randomness enters the engine only through [`Dice`]. Live games use `OsDice` (behind the
//! `os-dice` feature, so nothing in the pure core can fall back to real randomness by accident);
//! simulations, tests and replays use [`SeededDice`]. Every die is recorded as a [`Roll`] with
//! its [`Purpose`] in the event that used it; replay reads those records and never rolls.

use serde::{Deserialize, Serialize};

/// A source of fair dice.
pub trait Dice {
    /// A uniformly random value in `1..=sides` (`sides` ≥ 1).
    fn roll(&mut self, sides: u8) -> u8;
}

impl<D: Dice + ?Sized> Dice for &mut D {
    fn roll(&mut self, sides: u8) -> u8 {
        (**self).roll(sides)
    }
}

/// A seeded deterministic generator (xoshiro256**, seeded by SplitMix64): the same seed gives
/// the same dice on every platform, so a seed reproduces a whole game.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeededDice {
    s: [u64; 4],
}

impl SeededDice {
    /// A generator for `seed`.
    #[must_use]
    pub fn new(seed: u64) -> Self {
        let mut x = seed;
        let mut next = || {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Self {
            s: [next(), next(), next(), next()],
        }
    }

    fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }
}

/// Unbiased value in `1..=sides` from a stream of 64-bit words (Lemire's multiply-and-reject).
fn uniform(sides: u8, mut word: impl FnMut() -> u64) -> u8 {
    let n = u64::from(sides.max(1));
    let threshold = n.wrapping_neg() % n;
    loop {
        let m = u128::from(word()) * u128::from(n);
        if (m as u64) >= threshold {
            // m >> 64 < n ≤ 255, so the cast is lossless.
            return (m >> 64) as u8 + 1;
        }
    }
}

impl Dice for SeededDice {
    fn roll(&mut self, sides: u8) -> u8 {
        uniform(sides, || self.next_u64())
    }
}

/// Dice from the operating system's secure random source (live games).
#[cfg(feature = "os-dice")]
#[derive(Clone, Copy, Debug, Default)]
pub struct OsDice;

#[cfg(feature = "os-dice")]
impl Dice for OsDice {
    fn roll(&mut self, sides: u8) -> u8 {
        uniform(sides, || {
            // The OS source failing is not recoverable for a live game; there is no fallback
            // to a weaker generator by design.
            #[expect(
                clippy::expect_used,
                reason = "no secure randomness means no live game"
            )]
            getrandom::u64().expect("the operating system's random source failed")
        })
    }
}

/// Why a die was rolled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// At-bat white d6: whose card and which column.
    White,
    /// At-bat first red d6.
    Red1,
    /// At-bat second red d6.
    Red2,
    /// At-bat split d20.
    Split,
    /// Wild-pitch check d20 (chaos or X-chart).
    WildPitchCheck,
    /// Passed-ball check d20.
    PassedBallCheck,
    /// X-check range d20.
    Range,
    /// X-check error 3d6 (three dice).
    Error,
    /// X-check rare-play d100.
    RarePlay,
    /// Speed check d20.
    SpeedCheck,
    /// Steal jump d20 (1 pickoff check, 2 balk check).
    StealJump,
    /// Pickoff check d20.
    Pickoff,
    /// Balk check d20.
    Balk,
    /// Steal jump 2d6 (two dice).
    Jump2d6,
    /// Steal safe check d20.
    StealSafe,
    /// Ballpark d20.
    Ballpark,
    /// Bunt chart d20.
    Bunt,
    /// Hit-and-run contact d20.
    HitAndRun,
    /// Hit location d100 (auto resolution).
    Location,
}

/// One die as rolled: its purpose, its number of sides and the value shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Roll {
    /// Why it was rolled.
    pub purpose: Purpose,
    /// 6, 20 or 100.
    pub sides: u8,
    /// 1..=sides.
    pub value: u8,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(d: &mut dyn Dice, sides: u8, n: usize) -> Vec<usize> {
        let mut c = vec![0; usize::from(sides)];
        for _ in 0..n {
            let v = d.roll(sides);
            assert!((1..=sides).contains(&v));
            c[usize::from(v - 1)] += 1;
        }
        c
    }

    /// Chi-square against uniform, 19 degrees of freedom: the 99.9 % bound is 43.8.
    fn uniform_enough(c: &[usize], n: usize) -> bool {
        let e = n as f64 / c.len() as f64;
        c.iter().map(|&o| (o as f64 - e).powi(2) / e).sum::<f64>() < 43.8
    }

    #[test]
    fn seeded_dice_are_reproducible_and_uniform() {
        let a: Vec<u8> = (0..100)
            .map({
                let mut d = SeededDice::new(42);
                move |_| d.roll(20)
            })
            .collect();
        let b: Vec<u8> = (0..100)
            .map({
                let mut d = SeededDice::new(42);
                move |_| d.roll(20)
            })
            .collect();
        assert_eq!(a, b);
        let n = 200_000;
        assert!(uniform_enough(&counts(&mut SeededDice::new(7), 20, n), n));
        assert_eq!(counts(&mut SeededDice::new(7), 100, 10_000).len(), 100);
    }

    #[cfg(feature = "os-dice")]
    #[test]
    fn os_dice_are_in_range_and_uniform() {
        let n = 200_000;
        assert!(uniform_enough(&counts(&mut OsDice, 20, n), n));
        let _ = counts(&mut OsDice, 6, 1000);
    }
}
