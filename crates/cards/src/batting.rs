//! PD batting cards: the unchecked card as the PD API sends it ([`BattingCard`]) and the
//! validated card the engine reads ([`ValidBattingCard`]).

use crate::chances::{ChanceFields, chance_fields, check_side};
use crate::error::{CardError, CardKind, CardRef, Problem, Problems, SideName};
use crate::spray::spray;
use engine_core::league::GroundballType;
use engine_core::slots::SlotResult;
use engine_core::{BattingSideTable, DigitalBattingCard};
use engine_core::{Grade, Hand, PlayerId, Position};
use serde::{Deserialize, Serialize};

/// One side of a batting card (vs left- or right-handed pitchers): chances out of 108 in the
/// PD API's field names, plus where his balls in play go. Unknown extra fields are ignored.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct BattingSide {
    /// Chances of `HOMERUN`.
    pub homerun: f64,
    /// Chances of `BP_HOMERUN`.
    pub bp_homerun: f64,
    /// Chances of `TRIPLE`.
    pub triple: f64,
    /// Chances of `DOUBLE_3`.
    pub double_three: f64,
    /// Chances of `DOUBLE_2`.
    pub double_two: f64,
    /// Chances of `DOUBLE_2` to the pull field.
    pub double_pull: f64,
    /// Chances of `SINGLE_2`.
    pub single_two: f64,
    /// Chances of `SINGLE_1`.
    pub single_one: f64,
    /// Chances of `SINGLE_1` to CF.
    pub single_center: f64,
    /// Chances of `BP_SINGLE`.
    pub bp_single: f64,
    /// Chances of `HBP`.
    pub hbp: f64,
    /// Chances of `WALK`.
    pub walk: f64,
    /// Chances of `STRIKEOUT`.
    pub strikeout: f64,
    /// Chances of `LINEOUT`, fielder by location.
    pub lineout: f64,
    /// Chances of `POPOUT`, fielder by location.
    pub popout: f64,
    /// Chances of `FLYOUT_A`, fielder by location.
    pub flyout_a: f64,
    /// Chances of `FLYOUT_BQ`, fielder by location.
    pub flyout_bq: f64,
    /// Chances of `FLYOUT_B(LF)`.
    pub flyout_lf_b: f64,
    /// Chances of `FLYOUT_B(RF)`.
    pub flyout_rf_b: f64,
    /// Chances of `GROUNDBALL_A`, fielder by location.
    pub groundout_a: f64,
    /// Chances of `GROUNDBALL_B`, fielder by location.
    pub groundout_b: f64,
    /// Chances of `GROUNDBALL_C`, fielder by location.
    pub groundout_c: f64,
    /// Share of balls in play pulled (0..=1).
    pub pull_rate: f64,
    /// Share of balls in play up the middle (0..=1).
    pub center_rate: f64,
    /// Share of balls in play to the opposite field (0..=1).
    pub slap_rate: f64,
    /// Display batting average (informational, not read by the engine).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg: Option<f64>,
    /// Display on-base percentage (informational).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obp: Option<f64>,
    /// Display slugging (informational).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slg: Option<f64>,
}

chance_fields!(BattingSide {
    homerun => SlotResult::Homerun,
    bp_homerun => SlotResult::BpHomerun,
    triple => SlotResult::Triple,
    double_three => SlotResult::Double3,
    double_two => SlotResult::Double2,
    double_pull => SlotResult::DoublePull,
    single_two => SlotResult::Single2,
    single_one => SlotResult::Single1,
    single_center => SlotResult::SingleCenter,
    bp_single => SlotResult::BpSingle,
    hbp => SlotResult::Hbp,
    walk => SlotResult::Walk,
    strikeout => SlotResult::Strikeout,
    lineout => SlotResult::Lineout,
    popout => SlotResult::Popout,
    flyout_a => SlotResult::FlyoutA,
    flyout_bq => SlotResult::FlyoutBq,
    flyout_lf_b => SlotResult::FlyoutB(Position::LF),
    flyout_rf_b => SlotResult::FlyoutB(Position::RF),
    groundout_a => SlotResult::Groundball(GroundballType::A),
    groundout_b => SlotResult::Groundball(GroundballType::B),
    groundout_c => SlotResult::Groundball(GroundballType::C),
});

impl BattingSide {
    /// The sum of the side's chances (108 on a valid card).
    #[must_use]
    pub fn total(&self) -> f64 {
        self.chances().iter().map(|c| c.value).sum()
    }
}

/// A PD batting card as the API sends it: not necessarily legal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BattingCard {
    /// The player, when the payload names him (used in error messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub player_id: Option<PlayerId>,
    /// Bats R, L or S (switch).
    pub hand: Hand,
    /// Running (speed-check safe range), 8..=17.
    pub running: u8,
    /// Steal safe number without a good jump, 0..=20.
    pub steal_low: u8,
    /// Steal safe number with a good jump, 0..=20.
    pub steal_high: u8,
    /// Always gets a good jump.
    pub steal_auto: bool,
    /// Share of 2d6 rolls (0..=1) that give a good jump.
    pub steal_jump: f64,
    /// Bunting grade A–D.
    pub bunting: Grade,
    /// Hit-and-run grade A–D.
    pub hit_and_run: Grade,
    /// The side read against left-handed pitchers.
    #[serde(default)]
    pub vs_left: Option<BattingSide>,
    /// The side read against right-handed pitchers.
    #[serde(default)]
    pub vs_right: Option<BattingSide>,
}

/// A validated batting card: both sides normalised to exactly 108 chances and laid out in
/// slots, ratings in range.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidBattingCard {
    card: BattingCard,
    left: BattingSideTable,
    right: BattingSideTable,
}

impl ValidBattingCard {
    /// The card, normalised (both sides present, each totalling exactly 108).
    #[must_use]
    pub fn card(&self) -> &BattingCard {
        &self.card
    }

    /// The hand he bats with (R, L or S).
    #[must_use]
    pub fn hand(&self) -> Hand {
        self.card.hand
    }

    /// The side read against a pitcher throwing with `pitcher_hand` (slots and spray).
    #[must_use]
    pub fn side(&self, pitcher_hand: Hand) -> &BattingSideTable {
        if pitcher_hand == Hand::L {
            &self.left
        } else {
            &self.right
        }
    }

    /// The engine's digital card (what auto resolution reads).
    #[must_use]
    pub fn digital(&self) -> DigitalBattingCard {
        DigitalBattingCard {
            hand: self.card.hand,
            vs_left: self.left.clone(),
            vs_right: self.right.clone(),
        }
    }
}

impl TryFrom<BattingCard> for ValidBattingCard {
    type Error = CardError;

    fn try_from(mut card: BattingCard) -> Result<Self, CardError> {
        let mut problems = Problems::default();
        problems.range("running", i64::from(card.running), 8, 17);
        problems.range("steal_low", i64::from(card.steal_low), 0, 20);
        problems.range("steal_high", i64::from(card.steal_high), 0, 20);
        if card.steal_low > card.steal_high {
            problems.push(Problem::StealOrder {
                low: card.steal_low,
                high: card.steal_high,
            });
        }
        if !(card.steal_jump.is_finite() && (0.0..=1.0).contains(&card.steal_jump)) {
            problems.push(Problem::OutOfRange {
                rating: "steal_jump",
                value: card.steal_jump,
                min: 0.0,
                max: 1.0,
            });
        }
        let left = check(card.vs_left.as_mut(), SideName::VsLeft, &mut problems);
        let right = check(card.vs_right.as_mut(), SideName::VsRight, &mut problems);
        let card_ref = CardRef {
            kind: CardKind::Batting,
            player: card.player_id,
        };
        problems.finish_sides(card_ref, (left, right), |left, right| Self {
            card,
            left,
            right,
        })
    }
}

/// Checks one side: chances and spray.
fn check(
    side: Option<&mut BattingSide>,
    name: SideName,
    problems: &mut Problems,
) -> Option<BattingSideTable> {
    let side = problems.side(side, name)?;
    let layout = check_side(side, name, problems);
    let spray = spray(name, side.pull_rate, side.center_rate, side.slap_rate)
        .map_err(|p| problems.push(p))
        .ok();
    Some(BattingSideTable {
        slots: layout?,
        spray: spray?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::league_average_batter;
    use crate::chances::apportion;
    use proptest::prelude::*;

    proptest! {
        /// Any side within 108 ± 0.5 in 0.05 steps validates, is normalised to exactly 108,
        /// and lays out each field's chances × 20 slots.
        #[test]
        fn sides_near_108_normalise_and_lay_out_their_chances(
            weights in prop::collection::vec(0u32..100, 22),
            nudge in -10i32..=10,
        ) {
            let w: Vec<f64> = weights.iter().map(|&x| f64::from(x)).collect();
            let mut counts = apportion(&w, 2160);
            let strikeouts = i64::from(counts[12]) + i64::from(nudge);
            counts[12] = u32::try_from(strikeouts.max(0)).unwrap();
            let mut side = BattingSide { pull_rate: 0.4, center_rate: 0.3, slap_rate: 0.3, ..Default::default() };
            for (v, n) in side.chances_mut().into_iter().zip(&counts) {
                *v = f64::from(*n) / 20.0;
            }
            let c = BattingCard { vs_left: Some(side.clone()), vs_right: Some(side), ..card() };
            let v = ValidBattingCard::try_from(c).unwrap();
            let normalised = v.card().vs_left.clone().unwrap();
            prop_assert!((normalised.total() - 108.0).abs() < 1e-9);
            let layout = &v.side(Hand::L).slots;
            for ch in normalised.chances() {
                let slots: u32 = normalised.chances().iter()
                    .filter(|o| o.result == ch.result)
                    .map(|o| (o.value * 20.0).round() as u32)
                    .sum();
                prop_assert_eq!(layout.slots_of(ch.result), slots);
            }
        }
    }

    fn card() -> BattingCard {
        BattingCard {
            player_id: Some(PlayerId(12)),
            ..league_average_batter()
        }
    }

    #[test]
    fn a_side_within_half_a_chance_is_normalised_to_108() {
        let mut c = card();
        if let Some(s) = c.vs_left.as_mut() {
            s.strikeout += 0.45;
        }
        if let Some(s) = c.vs_right.as_mut() {
            s.groundout_a -= 0.3;
        }
        let v = ValidBattingCard::try_from(c).unwrap();
        for side in [&v.card().vs_left, &v.card().vs_right] {
            let side = side.as_ref().unwrap();
            assert!((side.total() - 108.0).abs() < 1e-9, "{}", side.total());
            for ch in side.chances() {
                let steps = ch.value * 20.0;
                assert!((steps - steps.round()).abs() < 1e-9);
            }
        }
        let layout = &v.side(Hand::L).slots;
        assert_eq!(layout.counts().map(|(_, n)| n).sum::<u32>(), 2160);
    }

    #[test]
    fn a_side_totalling_110_is_rejected_with_card_side_and_total() {
        let mut c = card();
        if let Some(s) = c.vs_right.as_mut() {
            s.walk += 2.0;
        }
        let e = ValidBattingCard::try_from(c).unwrap_err();
        match e.problems[..] {
            [
                Problem::ChanceTotal {
                    side: SideName::VsRight,
                    total,
                },
            ] => {
                assert!((total - 110.0).abs() < 1e-9);
            }
            _ => panic!("unexpected problems {:?}", e.problems),
        }
        assert_eq!(
            e.to_string(),
            "invalid batting card of player #12: side vs_right totals 110.00 chances, expected 108 ± 0.5"
        );
    }

    #[test]
    fn negative_values_and_odd_steps_are_rejected_all_at_once() {
        let mut c = card();
        if let Some(s) = c.vs_left.as_mut() {
            s.homerun = -0.05;
            s.triple = 0.33;
        }
        c.vs_right = None;
        c.running = 20;
        let e = ValidBattingCard::try_from(c).unwrap_err();
        assert!(e.problems.contains(&Problem::Negative {
            side: SideName::VsLeft,
            field: "homerun",
            value: -0.05
        }));
        assert!(e.problems.contains(&Problem::NotStep {
            side: SideName::VsLeft,
            field: "triple",
            value: 0.33
        }));
        assert!(e.problems.contains(&Problem::MissingSide {
            side: SideName::VsRight
        }));
        assert!(
            e.to_string().contains("running = 20 is outside 8..=17"),
            "{e}"
        );
    }

    #[test]
    fn float_noise_is_tolerated() {
        let mut c = card();
        if let Some(s) = c.vs_left.as_mut() {
            s.walk += 0.1 + 0.2 - 0.3 + 1e-10;
        }
        assert!(ValidBattingCard::try_from(c).is_ok());
    }

    #[test]
    fn bad_spray_rates_are_rejected() {
        let mut c = card();
        if let Some(s) = c.vs_left.as_mut() {
            s.pull_rate = 0.9;
        }
        let e = ValidBattingCard::try_from(c).unwrap_err();
        assert!(matches!(
            e.problems[..],
            [Problem::SprayRates {
                side: SideName::VsLeft,
                ..
            }]
        ));
    }

    #[test]
    fn serde_uses_the_pd_field_names_and_accepts_unknown_fields() {
        let json = serde_json::json!({
            "player_id": 7, "hand": "S", "running": 13, "steal_low": 9, "steal_high": 14,
            "steal_auto": false, "steal_jump": 0.25, "bunting": "B", "hit_and_run": "A",
            "id": 991, "battingcard": {"id": 5}, "variant": 0,
            "vs_left": side_json(), "vs_right": side_json(),
        });
        let c: BattingCard = serde_json::from_value(json).unwrap();
        assert_eq!(c.hand, Hand::S);
        let side = c.vs_left.clone().unwrap();
        assert_eq!(
            (side.homerun, side.flyout_lf_b, side.groundout_c),
            (4.0, 3.5, 5.95)
        );
        assert_eq!(side.avg, Some(0.261));
        let back: BattingCard = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
        assert_eq!(back, c);
        let v = serde_json::to_value(&c).unwrap();
        assert_eq!(v["vs_right"]["double_pull"], 2.1);
        assert_eq!(v["steal_jump"], 0.25);
        assert!(ValidBattingCard::try_from(c).is_ok());
    }

    #[test]
    fn a_missing_required_field_is_a_clear_error() {
        let mut side = side_json();
        side.as_object_mut().unwrap().remove("strikeout");
        let e = serde_json::from_value::<BattingSide>(side).unwrap_err();
        assert!(e.to_string().contains("missing field `strikeout`"), "{e}");
    }

    fn side_json() -> serde_json::Value {
        serde_json::json!({
            "vs_hand": "R", "pitcher_id": null,
            "homerun": 4.0, "bp_homerun": 1.0, "triple": 0.5, "double_three": 1.0,
            "double_two": 3.0, "double_pull": 2.1, "single_two": 4.0, "single_one": 9.0,
            "single_center": 3.0, "bp_single": 1.0, "hbp": 1.0, "walk": 9.0,
            "strikeout": 24.0, "lineout": 4.0, "popout": 4.0, "flyout_a": 3.0,
            "flyout_bq": 3.0, "flyout_lf_b": 3.5, "flyout_rf_b": 3.5, "groundout_a": 7.95,
            "groundout_b": 10.5, "groundout_c": 5.95,
            "pull_rate": 0.4, "center_rate": 0.35, "slap_rate": 0.25,
            "avg": 0.261, "obp": 0.33, "slg": 0.44,
        })
    }
}
