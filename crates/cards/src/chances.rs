//! Chances out of 108: the shared checks of a card side (total, 0.05 steps, no negatives), the
//! normalisation to exactly 108, and the rounding that keeps 0.05 steps.

use crate::error::{Problem, Problems, SideName};
use engine_core::slots::{SLOTS_PER_SIDE, SlotResult, SlotTable};

/// Chances on one side of a card.
pub const TOTAL_CHANCES: f64 = 108.0;
/// How far a side's total may stray from 108 and still be normalised rather than rejected.
pub const TOTAL_TOLERANCE: f64 = 0.5;
/// Slots per chance: a d20 twentieth of one two-dice combination is 0.05 chances.
pub const STEPS_PER_CHANCE: f64 = 20.0;
/// Float noise tolerated when checking a value is a multiple of 0.05 (in twentieths).
const STEP_NOISE: f64 = 1e-6;

/// One chance field of a side: its PD name, the result it holds, and its value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chance {
    /// The PD API field name.
    pub field: &'static str,
    /// The result it lays into the slots.
    pub result: SlotResult,
    /// Chances out of 108.
    pub value: f64,
}

/// A card side whose chance fields can be listed in canonical order.
pub trait ChanceFields {
    /// Every chance field, in canonical slot order.
    fn chances(&self) -> Vec<Chance>;
    /// The same fields, mutable, in the same order.
    fn chances_mut(&mut self) -> Vec<&mut f64>;
}

/// Implements [`ChanceFields`] from one list of `field => result` in canonical order.
macro_rules! chance_fields {
    ($ty:ty { $($field:ident => $result:expr),+ $(,)? }) => {
        impl $crate::chances::ChanceFields for $ty {
            fn chances(&self) -> Vec<$crate::chances::Chance> {
                vec![$($crate::chances::Chance {
                    field: stringify!($field),
                    result: $result,
                    value: self.$field,
                }),+]
            }
            fn chances_mut(&mut self) -> Vec<&mut f64> {
                vec![$(&mut self.$field),+]
            }
        }
    };
}
pub(crate) use chance_fields;

/// Checks a side and, when it is valid, normalises it in place to exactly 108 chances in 0.05
/// steps and returns its layout. Problems are recorded, not returned early.
pub(crate) fn check_side<S: ChanceFields>(
    side: &mut S,
    name: SideName,
    problems: &mut Problems,
) -> Option<SlotTable> {
    let chances = side.chances();
    let before = problems.0.len();
    let mut steps = Vec::with_capacity(chances.len());
    for c in &chances {
        match step_count(c.value) {
            Ok(n) => steps.push(n),
            Err(kind) => problems.push(kind.problem(name, c.field, c.value)),
        }
    }
    if problems.0.len() > before {
        return None;
    }
    let total: f64 = chances.iter().map(|c| c.value).sum();
    if (total - TOTAL_CHANCES).abs() > TOTAL_TOLERANCE + 1e-9 {
        problems.push(Problem::ChanceTotal { side: name, total });
        return None;
    }
    let weights: Vec<f64> = steps.iter().map(|&n| f64::from(n)).collect();
    let counts = apportion(&weights, SLOTS_PER_SIDE as u32);
    for (v, &n) in side.chances_mut().into_iter().zip(&counts) {
        *v = f64::from(n) / STEPS_PER_CHANCE;
    }
    let runs = chances
        .iter()
        .zip(counts)
        .map(|(c, n)| u16::try_from(n).ok().map(|n| (c.result, n)));
    let runs: Option<Vec<(SlotResult, u16)>> = runs.collect();
    SlotTable::new(runs?).ok()
}

/// Why a value is not a usable chance.
enum BadChance {
    NotFinite,
    Negative,
    NotStep,
}

impl BadChance {
    fn problem(self, side: SideName, field: &'static str, value: f64) -> Problem {
        match self {
            BadChance::NotFinite => Problem::NotFinite { side, field },
            BadChance::Negative => Problem::Negative { side, field, value },
            BadChance::NotStep => Problem::NotStep { side, field, value },
        }
    }
}

/// The value in twentieths of a chance, tolerating float noise.
fn step_count(value: f64) -> Result<u32, BadChance> {
    if !value.is_finite() {
        return Err(BadChance::NotFinite);
    }
    let steps = value * STEPS_PER_CHANCE;
    let rounded = steps.round();
    if rounded < 0.0 || steps < -STEP_NOISE {
        return Err(BadChance::Negative);
    }
    if (steps - rounded).abs() > STEP_NOISE {
        return Err(BadChance::NotStep);
    }
    if rounded > f64::from(u32::MAX) {
        return Err(BadChance::NotFinite);
    }
    Ok(rounded as u32)
}

/// Splits `total` whole units in proportion to `weights` (largest remainder; ties go to the
/// earlier field, so the result is deterministic). Negative weights count as zero; all-zero
/// weights put everything on the first entry.
pub(crate) fn apportion(weights: &[f64], total: u32) -> Vec<u32> {
    let clean: Vec<f64> = weights
        .iter()
        .map(|w| if w.is_finite() { w.max(0.0) } else { 0.0 })
        .collect();
    let sum: f64 = clean.iter().sum();
    let mut counts = vec![0u32; clean.len()];
    if sum <= 0.0 {
        if let Some(first) = counts.first_mut() {
            *first = total;
        }
        return counts;
    }
    let quotas: Vec<f64> = clean.iter().map(|w| w / sum * f64::from(total)).collect();
    for (c, q) in counts.iter_mut().zip(&quotas) {
        *c = q.floor() as u32;
    }
    let given: u32 = counts.iter().sum();
    let mut order: Vec<usize> = (0..clean.len()).collect();
    order.sort_by(|&a, &b| {
        let fa = quotas[a] - quotas[a].floor();
        let fb = quotas[b] - quotas[b].floor();
        fb.total_cmp(&fa).then(a.cmp(&b))
    });
    for &i in order
        .iter()
        .cycle()
        .take(total.saturating_sub(given) as usize)
    {
        counts[i] += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn apportion_always_sums_to_the_total(ws in prop::collection::vec(0.0f64..50.0, 1..30)) {
            let c = apportion(&ws, 2160);
            prop_assert_eq!(c.iter().sum::<u32>(), 2160);
        }
    }

    #[test]
    fn step_count_tolerates_float_noise() {
        assert!(matches!(step_count(0.1 + 0.2), Ok(6)));
        assert!(matches!(step_count(0.03), Err(BadChance::NotStep)));
        assert!(matches!(step_count(-0.05), Err(BadChance::Negative)));
        assert!(matches!(step_count(f64::NAN), Err(BadChance::NotFinite)));
    }
}
