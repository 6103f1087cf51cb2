//! Card builder: a valid PD card (108 chances per side in 0.05 steps) from a target stat line.
//!
//! The target is turned into per-PA outcome rates (single, double, triple, HR, walk, HBP,
//! strikeout, other outs), which are laid onto the card's fields with the fixed shares below
//! and rounded to 2160 slots by largest remainder, so the card reproduces the target as closely
//! as 0.05-chance steps allow. A card read alone gives its target; a matchup gives
//! ½·batter + ½·pitcher, so an average batter against an average pitcher lands on the average.
//!
//! Modelling choices (house defaults, see the report and cards.md):
//! * at-bats are PA − BB − HBP (cards have no sacrifices); HBP is what OBP leaves after AVG
//!   and BB, capped at 5 % of PA;
//! * no ballpark results (`bp_homerun`, `bp_single` are 0), since their value depends on the
//!   park; both sides of a card are the same (no platoon split);
//! * pitching cards carry [`XCHECK_CHANCES`] of X-checks; their expected hits
//!   ([`crate::rates::xcheck_hits`]) are taken out of the single and double budgets.

use crate::batting::{BattingCard, BattingSide};
use crate::chances::{ChanceFields, apportion};
use crate::pitching::{PitchingCard, PitchingSide};
use crate::rates::{Outcomes, xcheck_hits};
use engine_core::slots::SLOTS_PER_SIDE;
use engine_core::{Grade, Hand, Position};
use serde::{Deserialize, Serialize};

/// X-check chances (out of 108) on a built pitching side, by position: P, C, 1B, 2B, 3B, SS,
/// LF, CF, RF (12 in all).
pub const XCHECK_CHANCES: [(Position, f64); 9] = [
    (Position::P, 1.0),
    (Position::C, 1.0),
    (Position::B1, 1.5),
    (Position::B2, 1.5),
    (Position::B3, 1.5),
    (Position::SS, 1.5),
    (Position::LF, 1.25),
    (Position::CF, 1.5),
    (Position::RF, 1.25),
];

/// A batter's target stat line (per PA unless noted).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BattingTarget {
    /// Bats R, L or S.
    pub hand: Hand,
    /// Batting average.
    pub avg: f64,
    /// On-base percentage.
    pub obp: f64,
    /// Slugging.
    pub slg: f64,
    /// Strikeouts per PA.
    pub k_rate: f64,
    /// Walks per PA.
    pub bb_rate: f64,
    /// Home runs per PA.
    pub hr_rate: f64,
    /// GB/FB tendency: the share of balls-in-play outs hit on the ground (0..=1).
    pub groundball_share: f64,
    /// Speed as a running rating 8..=17: sets running, stealing and the triple rate.
    pub speed: u8,
    /// Share of balls in play pulled.
    pub pull_rate: f64,
    /// Share up the middle.
    pub center_rate: f64,
    /// Share to the opposite field.
    pub slap_rate: f64,
}

impl Default for BattingTarget {
    /// The league-average batter (cards.md realism numbers).
    fn default() -> Self {
        BattingTarget {
            hand: Hand::R,
            avg: 0.248,
            obp: 0.317,
            slg: 0.405,
            k_rate: 0.225,
            bb_rate: 0.085,
            hr_rate: 0.030,
            groundball_share: 0.48,
            speed: 12,
            pull_rate: 0.40,
            center_rate: 0.34,
            slap_rate: 0.26,
        }
    }
}

/// A pitcher's target line allowed (per PA) and his card ratings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PitchingTarget {
    /// Throws R or L.
    pub hand: Hand,
    /// Batting average allowed.
    pub avg: f64,
    /// On-base percentage allowed.
    pub obp: f64,
    /// Slugging allowed.
    pub slg: f64,
    /// Strikeouts per PA.
    pub k_rate: f64,
    /// Walks per PA.
    pub bb_rate: f64,
    /// Home runs per PA.
    pub hr_rate: f64,
    /// Share of balls-in-play outs (X-checks aside) on the ground.
    pub groundball_share: f64,
    /// Starter endurance S(n).
    pub starter_rating: u8,
    /// Relief endurance R(n).
    pub relief_rating: u8,
    /// Closer rating C(n).
    pub closer_rating: Option<u8>,
    /// Wild pitch rating.
    pub wild_pitch: u8,
    /// Balk rating.
    pub balk: u8,
    /// Hold rating.
    pub hold: i8,
}

impl Default for PitchingTarget {
    /// The league-average starting pitcher.
    fn default() -> Self {
        let b = BattingTarget::default();
        PitchingTarget {
            hand: Hand::R,
            avg: b.avg,
            obp: b.obp,
            slg: b.slg,
            k_rate: b.k_rate,
            bb_rate: b.bb_rate,
            hr_rate: b.hr_rate,
            groundball_share: b.groundball_share,
            starter_rating: 6,
            relief_rating: 2,
            closer_rating: None,
            wild_pitch: 3,
            balk: 1,
            hold: 0,
        }
    }
}

/// Triples per PA for a runner of this speed (league average 0.45 % at speed 12).
fn triple_rate(speed: u8) -> f64 {
    0.0045 * (f64::from(speed.clamp(8, 17)) - 5.0) / 7.0
}

/// Per-PA outcomes from a stat line. `triple` is the wanted triple rate.
fn outcomes(avg: f64, obp: f64, slg: f64, k: f64, bb: f64, hr: f64, triple: f64) -> Outcomes {
    let c = |x: f64, hi: f64| if x.is_finite() { x.clamp(0.0, hi) } else { 0.0 };
    let (avg, walk, k) = (c(avg, 0.999), c(bb, 1.0), c(k, 1.0));
    let reach = c((c(obp, 1.0) - avg) / (1.0 - avg), 1.0);
    let hbp = c(reach - walk, 0.05);
    let at_bats = c(1.0 - walk - hbp, 1.0);
    let hits = avg * at_bats;
    let homerun = c(hr, hits);
    let triple = c(triple, hits - homerun);
    let double = c(
        c(slg, 4.0) * at_bats - hits - 2.0 * triple - 3.0 * homerun,
        hits - homerun - triple,
    );
    let single = hits - homerun - triple - double;
    let strikeout = c(k, 1.0 - walk - hbp - hits);
    let out = c(1.0 - walk - hbp - hits - strikeout, 1.0);
    Outcomes {
        single,
        double,
        triple,
        homerun,
        walk,
        hbp,
        strikeout,
        out,
    }
}

/// Rounds per-PA weights (canonical field order) onto a side's 2160 slots.
fn fill<S: ChanceFields + Default>(weights: &[f64]) -> S {
    let mut side = S::default();
    let counts = apportion(weights, SLOTS_PER_SIDE as u32);
    for (v, n) in side.chances_mut().into_iter().zip(counts) {
        *v = f64::from(n) / 20.0;
    }
    side
}

/// A batting side from per-PA outcomes.
fn batting_side(o: &Outcomes, t: &BattingTarget) -> BattingSide {
    let gs = t.groundball_share.clamp(0.0, 1.0);
    let (ground, air) = (o.out * gs, o.out * (1.0 - gs));
    let (d, s) = (o.double, o.single);
    // Canonical batting field order (crate::batting).
    #[rustfmt::skip]
    let weights = [
        o.homerun, 0.0, o.triple,                       // homerun, bp_homerun, triple
        0.20 * d, 0.55 * d, 0.25 * d,                   // double_three, double_two, double_pull
        0.25 * s, 0.55 * s, 0.20 * s, 0.0,              // single_two, single_one, single_center, bp_single
        o.hbp, o.walk, o.strikeout,
        0.15 * air, 0.15 * air, 0.15 * air, 0.15 * air, // lineout, popout, flyout_a, flyout_bq
        0.20 * air, 0.20 * air,                         // flyout_lf_b, flyout_rf_b
        0.35 * ground, 0.40 * ground, 0.25 * ground,    // groundout_a, groundout_b, groundout_c
    ];
    BattingSide {
        pull_rate: t.pull_rate,
        center_rate: t.center_rate,
        slap_rate: t.slap_rate,
        ..fill(&weights)
    }
}

/// A pitching side from per-PA outcomes, X-checks carved out of the hit and out budgets.
fn pitching_side(o: &Outcomes, groundball_share: f64) -> PitchingSide {
    let x: Vec<f64> = XCHECK_CHANCES.iter().map(|&(_, c)| c / 108.0).collect();
    let (mut xs, mut xd) = (0.0, 0.0);
    for (&(pos, _), &share) in XCHECK_CHANCES.iter().zip(&x) {
        let (s, d) = xcheck_hits(pos);
        xs += share * s;
        xd += share * d;
    }
    let x_outs: f64 = x.iter().sum::<f64>() - xs - xd;
    let (s, d) = ((o.single - xs).max(0.0), (o.double - xd).max(0.0));
    let out = (o.out - x_outs).max(0.0);
    let gs = groundball_share.clamp(0.0, 1.0);
    let (ground, air) = (out * gs, out * (1.0 - gs));
    // Canonical pitching field order (crate::pitching); the X-checks follow.
    #[rustfmt::skip]
    let mut weights = vec![
        o.homerun, 0.0, o.triple,                       // homerun, bp_homerun, triple
        0.20 * d, 0.50 * d, 0.30 * d,                   // double_three, double_two, double_cf
        0.30 * s, 0.50 * s, 0.20 * s, 0.0,              // single_two, single_one, single_center, bp_single
        o.hbp, o.walk, o.strikeout,
        air / 3.0, air / 3.0, air / 3.0,                // flyout_lf_b, flyout_cf_b, flyout_rf_b
        0.45 * ground, 0.55 * ground,                   // groundout_a, groundout_b
    ];
    weights.extend(x);
    fill(&weights)
}

/// A batting card whose sides reproduce the target per-PA rates.
#[must_use]
pub fn build_batting_card(target: BattingTarget) -> BattingCard {
    let t = &target;
    let o = outcomes(
        t.avg,
        t.obp,
        t.slg,
        t.k_rate,
        t.bb_rate,
        t.hr_rate,
        triple_rate(t.speed),
    );
    let side = batting_side(&o, t);
    let speed = t.speed.clamp(8, 17);
    let steal_high = (speed + 1).min(20);
    BattingCard {
        player_id: None,
        hand: t.hand,
        running: speed,
        steal_low: steal_high.saturating_sub(5),
        steal_high,
        steal_auto: speed >= 17,
        steal_jump: (0.08 + 0.5 * f64::from(speed - 8) / 9.0).min(1.0),
        bunting: Grade::C,
        hit_and_run: Grade::C,
        vs_left: Some(side.clone()),
        vs_right: Some(side),
    }
}

/// A pitching card whose sides reproduce the target per-PA rates allowed.
#[must_use]
pub fn build_pitching_card(target: PitchingTarget) -> PitchingCard {
    let t = &target;
    let o = outcomes(
        t.avg,
        t.obp,
        t.slg,
        t.k_rate,
        t.bb_rate,
        t.hr_rate,
        triple_rate(12),
    );
    let side = pitching_side(&o, t.groundball_share);
    PitchingCard {
        player_id: None,
        hand: if t.hand == Hand::L { Hand::L } else { Hand::R },
        starter_rating: t.starter_rating,
        relief_rating: t.relief_rating,
        closer_rating: t.closer_rating,
        wild_pitch: t.wild_pitch,
        balk: t.balk,
        hold: t.hold,
        vs_left: Some(side.clone()),
        vs_right: Some(side),
    }
}

/// The league-average batting card (cards.md realism numbers).
#[must_use]
pub fn league_average_batter() -> BattingCard {
    build_batting_card(BattingTarget::default())
}

/// The league-average pitching card (cards.md realism numbers).
#[must_use]
pub fn league_average_pitcher() -> PitchingCard {
    build_pitching_card(PitchingTarget::default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matchup::Matchup;
    use crate::rates::StatLine;
    use crate::{ValidBattingCard, ValidPitchingCard};

    fn close(line: &StatLine, avg: f64, obp: f64, slg: f64, k: f64, bb: f64, hr: f64) {
        let tol = 0.002;
        for (name, got, want) in [
            ("avg", line.avg, avg),
            ("obp", line.obp, obp),
            ("slg", line.slg, slg),
            ("k", line.k_rate, k),
            ("bb", line.bb_rate, bb),
            ("hr", line.hr_rate, hr),
        ] {
            assert!(
                (got - want).abs() <= tol,
                "{name}: got {got:.4}, want {want:.4}"
            );
        }
    }

    #[test]
    fn built_batting_cards_hit_their_targets() {
        let targets = [
            BattingTarget::default(),
            BattingTarget {
                hand: Hand::L,
                avg: 0.300,
                obp: 0.390,
                slg: 0.550,
                k_rate: 0.18,
                bb_rate: 0.11,
                hr_rate: 0.05,
                groundball_share: 0.35,
                speed: 15,
                ..BattingTarget::default()
            },
            BattingTarget {
                avg: 0.210,
                obp: 0.270,
                slg: 0.320,
                k_rate: 0.30,
                bb_rate: 0.06,
                hr_rate: 0.015,
                groundball_share: 0.60,
                speed: 8,
                ..BattingTarget::default()
            },
        ];
        for t in targets {
            let v = ValidBattingCard::try_from(build_batting_card(t.clone())).unwrap();
            let c = v.card();
            for side in [&c.vs_left, &c.vs_right] {
                let total = side.as_ref().map_or(0.0, BattingSide::total);
                assert!((total - 108.0).abs() < 1e-9, "{total}");
            }
            let line = StatLine::of_side(&v.side(Hand::R).slots);
            close(&line, t.avg, t.obp, t.slg, t.k_rate, t.bb_rate, t.hr_rate);
        }
    }

    #[test]
    fn built_pitching_cards_hit_their_targets() {
        let targets = [
            PitchingTarget::default(),
            PitchingTarget {
                hand: Hand::L,
                avg: 0.220,
                obp: 0.285,
                slg: 0.350,
                k_rate: 0.28,
                bb_rate: 0.07,
                hr_rate: 0.022,
                groundball_share: 0.55,
                ..PitchingTarget::default()
            },
        ];
        for t in targets {
            let v = ValidPitchingCard::try_from(build_pitching_card(t.clone())).unwrap();
            let line = StatLine::of_side(v.side(Hand::R));
            close(&line, t.avg, t.obp, t.slg, t.k_rate, t.bb_rate, t.hr_rate);
        }
    }

    #[test]
    fn average_against_average_lands_on_the_realism_ranges() {
        let b = ValidBattingCard::try_from(league_average_batter()).unwrap();
        let p = ValidPitchingCard::try_from(league_average_pitcher()).unwrap();
        let line = Matchup::new(&b, &p).expected_line();
        let within = |x: f64, lo: f64, hi: f64| (lo..=hi).contains(&x);
        assert!(within(line.avg, 0.240, 0.255), "{line:?}");
        assert!(within(line.obp, 0.310, 0.320), "{line:?}");
        assert!(within(line.slg, 0.395, 0.415), "{line:?}");
        assert!(within(line.k_rate, 0.22, 0.23), "{line:?}");
        assert!(within(line.bb_rate, 0.08, 0.09), "{line:?}");
        assert!(within(line.hr_rate, 0.027, 0.033), "{line:?}");
    }

    #[test]
    fn speed_sets_running_and_stealing() {
        let fast = build_batting_card(BattingTarget {
            speed: 17,
            ..BattingTarget::default()
        });
        let slow = build_batting_card(BattingTarget {
            speed: 8,
            ..BattingTarget::default()
        });
        assert_eq!((fast.running, fast.steal_auto), (17, true));
        assert_eq!((slow.running, slow.steal_auto), (8, false));
        assert!(fast.steal_high > slow.steal_high && fast.steal_jump > slow.steal_jump);
        assert!(
            ValidBattingCard::try_from(fast).is_ok() && ValidBattingCard::try_from(slow).is_ok()
        );
    }
}
