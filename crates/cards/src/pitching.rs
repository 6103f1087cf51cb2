//! PD pitching cards: the unchecked card as the PD API sends it ([`PitchingCard`]) and the
//! validated card the engine reads ([`ValidPitchingCard`]).

use crate::chances::{ChanceFields, chance_fields, check_side};
use crate::error::{CardError, CardKind, CardRef, Problem, Problems, SideName};
use engine_core::DigitalPitchingCard;
use engine_core::league::GroundballType;
use engine_core::slots::{SlotResult, SlotTable};
use engine_core::{Hand, PlayerId, Position};
use serde::{Deserialize, Serialize};

/// One side of a pitching card (vs left- or right-handed batters): chances out of 108 in the
/// PD API's field names. Unknown extra fields are ignored.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct PitchingSide {
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
    /// Chances of `DOUBLE_UNCAPPED(CF)`.
    pub double_cf: f64,
    /// Chances of `SINGLE_2`.
    pub single_two: f64,
    /// Chances of `SINGLE_1`.
    pub single_one: f64,
    /// Chances of `SINGLE_UNCAPPED(CF)`.
    pub single_center: f64,
    /// Chances of `BP_SINGLE`.
    pub bp_single: f64,
    /// Chances of `HBP`.
    pub hbp: f64,
    /// Chances of `WALK`.
    pub walk: f64,
    /// Chances of `STRIKEOUT`.
    pub strikeout: f64,
    /// Chances of `FLYOUT_B(LF)`.
    pub flyout_lf_b: f64,
    /// Chances of `FLYOUT_B(CF)`.
    pub flyout_cf_b: f64,
    /// Chances of `FLYOUT_B(RF)`.
    pub flyout_rf_b: f64,
    /// Chances of `GROUNDBALL_A`, fielder by location.
    pub groundout_a: f64,
    /// Chances of `GROUNDBALL_B`, fielder by location.
    pub groundout_b: f64,
    /// Chances of `X_CHECK(P)`.
    pub xcheck_p: f64,
    /// Chances of `X_CHECK(C)`.
    pub xcheck_c: f64,
    /// Chances of `X_CHECK(1B)`.
    pub xcheck_1b: f64,
    /// Chances of `X_CHECK(2B)`.
    pub xcheck_2b: f64,
    /// Chances of `X_CHECK(3B)`.
    pub xcheck_3b: f64,
    /// Chances of `X_CHECK(SS)`.
    pub xcheck_ss: f64,
    /// Chances of `X_CHECK(LF)`.
    pub xcheck_lf: f64,
    /// Chances of `X_CHECK(CF)`.
    pub xcheck_cf: f64,
    /// Chances of `X_CHECK(RF)`.
    pub xcheck_rf: f64,
}

chance_fields!(PitchingSide {
    homerun => SlotResult::Homerun,
    bp_homerun => SlotResult::BpHomerun,
    triple => SlotResult::Triple,
    double_three => SlotResult::Double3,
    double_two => SlotResult::Double2,
    double_cf => SlotResult::DoubleUncapped(Position::CF),
    single_two => SlotResult::Single2,
    single_one => SlotResult::Single1,
    single_center => SlotResult::SingleUncapped(Position::CF),
    bp_single => SlotResult::BpSingle,
    hbp => SlotResult::Hbp,
    walk => SlotResult::Walk,
    strikeout => SlotResult::Strikeout,
    flyout_lf_b => SlotResult::FlyoutB(Position::LF),
    flyout_cf_b => SlotResult::FlyoutB(Position::CF),
    flyout_rf_b => SlotResult::FlyoutB(Position::RF),
    groundout_a => SlotResult::Groundball(GroundballType::A),
    groundout_b => SlotResult::Groundball(GroundballType::B),
    xcheck_p => SlotResult::XCheck(Position::P),
    xcheck_c => SlotResult::XCheck(Position::C),
    xcheck_1b => SlotResult::XCheck(Position::B1),
    xcheck_2b => SlotResult::XCheck(Position::B2),
    xcheck_3b => SlotResult::XCheck(Position::B3),
    xcheck_ss => SlotResult::XCheck(Position::SS),
    xcheck_lf => SlotResult::XCheck(Position::LF),
    xcheck_cf => SlotResult::XCheck(Position::CF),
    xcheck_rf => SlotResult::XCheck(Position::RF),
});

impl PitchingSide {
    /// The sum of the side's chances (108 on a valid card).
    #[must_use]
    pub fn total(&self) -> f64 {
        self.chances().iter().map(|c| c.value).sum()
    }
}

/// A PD pitching card as the API sends it: not necessarily legal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PitchingCard {
    /// The player, when the payload names him (used in error messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub player_id: Option<PlayerId>,
    /// Throws R or L.
    pub hand: Hand,
    /// Starter endurance S(n), 0..=15 (0: not a starter).
    pub starter_rating: u8,
    /// Relief endurance R(n), 0..=15.
    pub relief_rating: u8,
    /// Closer rating C(n), 0..=15, when he has one.
    #[serde(default)]
    pub closer_rating: Option<u8>,
    /// Wild pitch (d20 ≤ it → wild pitch), 0..=20.
    pub wild_pitch: u8,
    /// Balk (d20 ≤ it → balk), 0..=20.
    pub balk: u8,
    /// Hold, −9..=9, added to a runner's steal safe number (negative holds runners better).
    pub hold: i8,
    /// The side read against left-handed batters.
    #[serde(default)]
    pub vs_left: Option<PitchingSide>,
    /// The side read against right-handed batters.
    #[serde(default)]
    pub vs_right: Option<PitchingSide>,
}

/// A validated pitching card: both sides normalised to exactly 108 chances and laid out in
/// slots, ratings in range, hand R or L.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidPitchingCard {
    card: PitchingCard,
    left: SlotTable,
    right: SlotTable,
}

impl ValidPitchingCard {
    /// The card, normalised (both sides present, each totalling exactly 108).
    #[must_use]
    pub fn card(&self) -> &PitchingCard {
        &self.card
    }

    /// The hand he throws with (R or L).
    #[must_use]
    pub fn hand(&self) -> Hand {
        self.card.hand
    }

    /// The side read against a batter batting with `batting_hand` (see
    /// [`engine_core::hit_location::batting_hand`] for switch hitters).
    #[must_use]
    pub fn side(&self, batting_hand: Hand) -> &SlotTable {
        if batting_hand == Hand::L {
            &self.left
        } else {
            &self.right
        }
    }

    /// The engine's digital card (what auto resolution reads; his hand is the player's
    /// `throws`).
    #[must_use]
    pub fn digital(&self) -> DigitalPitchingCard {
        DigitalPitchingCard {
            vs_left: self.left.clone(),
            vs_right: self.right.clone(),
        }
    }
}

impl TryFrom<PitchingCard> for ValidPitchingCard {
    type Error = CardError;

    fn try_from(mut card: PitchingCard) -> Result<Self, CardError> {
        let mut problems = Problems::default();
        if card.hand == Hand::S {
            problems.push(Problem::SwitchPitcher);
        }
        problems.range("starter_rating", i64::from(card.starter_rating), 0, 15);
        problems.range("relief_rating", i64::from(card.relief_rating), 0, 15);
        if let Some(c) = card.closer_rating {
            problems.range("closer_rating", i64::from(c), 0, 15);
        }
        problems.range("wild_pitch", i64::from(card.wild_pitch), 0, 20);
        problems.range("balk", i64::from(card.balk), 0, 20);
        problems.range("hold", i64::from(card.hold), -9, 9);
        let left = check(card.vs_left.as_mut(), SideName::VsLeft, &mut problems);
        let right = check(card.vs_right.as_mut(), SideName::VsRight, &mut problems);
        let card_ref = CardRef {
            kind: CardKind::Pitching,
            player: card.player_id,
        };
        problems.finish_sides(card_ref, (left, right), |left, right| Self {
            card,
            left,
            right,
        })
    }
}

/// Checks one side's chances.
fn check(
    side: Option<&mut PitchingSide>,
    name: SideName,
    problems: &mut Problems,
) -> Option<SlotTable> {
    let side = problems.side(side, name)?;
    check_side(side, name, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::league_average_pitcher;

    #[test]
    fn a_built_card_is_valid_and_sides_follow_the_batting_hand() {
        let mut c = league_average_pitcher();
        if let Some(s) = c.vs_left.as_mut() {
            s.strikeout += 5.0;
            s.groundout_b -= 5.0;
        }
        let v = ValidPitchingCard::try_from(c).unwrap();
        let k = |h| v.side(h).slots_of(SlotResult::Strikeout);
        assert_eq!(k(Hand::L), k(Hand::R) + 100);
    }

    #[test]
    fn switch_pitchers_bad_ratings_and_bad_totals_are_all_reported() {
        let mut c = PitchingCard {
            hand: Hand::S,
            hold: 12,
            player_id: Some(PlayerId(3)),
            ..league_average_pitcher()
        };
        if let Some(s) = c.vs_left.as_mut() {
            s.xcheck_ss += 2.0;
        }
        let e = ValidPitchingCard::try_from(c).unwrap_err();
        assert_eq!(
            e.card,
            CardRef {
                kind: CardKind::Pitching,
                player: Some(PlayerId(3))
            }
        );
        assert_eq!(e.problems.len(), 3, "{e}");
        assert!(
            e.to_string().contains("side vs_left totals 110.00 chances"),
            "{e}"
        );
        assert!(e.to_string().contains("hold = 12 is outside -9..=9"), "{e}");
    }

    #[test]
    fn serde_round_trips_with_pd_names() {
        let c = league_average_pitcher();
        let mut v = serde_json::to_value(&c).unwrap();
        assert!(v["vs_left"]["xcheck_1b"].is_number());
        assert!(v["vs_left"]["double_cf"].is_number());
        v["pitchingcard"] = serde_json::json!({"id": 4});
        v["vs_right"]["vs_hand"] = serde_json::json!("R");
        let back: PitchingCard = serde_json::from_value(v).unwrap();
        assert_eq!(back, c);
    }
}
