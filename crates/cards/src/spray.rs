//! PD hit-location rates (`pull_rate`, `center_rate`, `slap_rate`, fractions) checked and
//! rounded into engine-core's [`Spray`] (whole percent, the location d100's cut points).

use crate::error::{Problem, SideName};
use engine_core::Spray;

/// Rates as fractions, each within 0..=1 and summing to 1 ± 0.02, as whole percents summing to
/// exactly 100 (the cut points `pull` and `pull + center` are rounded; slap takes the rest).
///
/// # Errors
/// [`Problem::SprayRates`] naming `side`.
pub fn spray(side: SideName, pull: f64, center: f64, slap: f64) -> Result<Spray, Problem> {
    let ok = |r: f64| r.is_finite() && (0.0..=1.0).contains(&r);
    if !(ok(pull) && ok(center) && ok(slap) && (pull + center + slap - 1.0).abs() <= 0.02) {
        return Err(Problem::SprayRates {
            side,
            pull,
            center,
            slap,
        });
    }
    let pull_to = (pull * 100.0).round().clamp(0.0, 100.0) as u8;
    let center_to = ((pull + center) * 100.0)
        .round()
        .clamp(f64::from(pull_to), 100.0) as u8;
    Ok(Spray {
        pull: pull_to,
        center: center_to - pull_to,
        slap: 100 - center_to,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_round_to_percents_summing_to_100() {
        let s = spray(SideName::VsLeft, 0.333, 0.333, 0.334).unwrap();
        assert_eq!((s.pull, s.center, s.slap), (33, 34, 33));
        assert!(s.is_valid());
        let s = spray(SideName::VsLeft, 0.4, 0.35, 0.25).unwrap();
        assert_eq!((s.pull, s.center, s.slap), (40, 35, 25));
        assert!(spray(SideName::VsRight, 0.9, 0.3, 0.1).is_err());
        assert!(spray(SideName::VsRight, f64::NAN, 0.5, 0.5).is_err());
    }
}
