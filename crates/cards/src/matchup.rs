//! One batter's card against one pitcher's card: handedness side selection and the complete
//! auto read of an at-bat roll (cards.md "Auto resolution").
//!
//! The batter's side is chosen by the pitcher's hand; the pitcher's side by the hand the batter
//! bats with (a switch hitter bats opposite the pitcher's hand).

use crate::batting::ValidBattingCard;
use crate::pitching::ValidPitchingCard;
use crate::rates::StatLine;
use engine_core::hit_location::{LocationCharts, batting_hand, card_result};
use engine_core::slots::{CardOwner, RollError, SlotResult, SlotTable, slot_index};
use engine_core::{BattingSideTable, CardResult, Hand};

/// A batter's card facing a pitcher's card.
#[derive(Clone, Copy, Debug)]
pub struct Matchup<'a> {
    batter: &'a ValidBattingCard,
    pitcher: &'a ValidPitchingCard,
}

impl<'a> Matchup<'a> {
    /// The matchup of these two cards.
    #[must_use]
    pub fn new(batter: &'a ValidBattingCard, pitcher: &'a ValidPitchingCard) -> Self {
        Matchup { batter, pitcher }
    }

    /// The hand the batter bats with in this matchup.
    #[must_use]
    pub fn batting_hand(&self) -> Hand {
        batting_hand(self.batter.hand(), self.pitcher.hand())
    }

    /// The batter's side read here (by the pitcher's hand), with its spray.
    #[must_use]
    pub fn batter_side(&self) -> &'a BattingSideTable {
        self.batter.side(self.pitcher.hand())
    }

    /// The pitcher's side read here (by the batter's batting hand).
    #[must_use]
    pub fn pitcher_side(&self) -> &'a SlotTable {
        self.pitcher.side(self.batting_hand())
    }

    /// The raw result an at-bat roll addresses, and whose card it came from.
    ///
    /// # Errors
    /// [`RollError`] when a die is out of range.
    pub fn slot_result(
        &self,
        white: u8,
        red1: u8,
        red2: u8,
        split: u8,
    ) -> Result<(CardOwner, SlotResult), RollError> {
        let (owner, slot) = slot_index(white, red1, red2, split)?;
        let side = match owner {
            CardOwner::Batter => &self.batter_side().slots,
            CardOwner::Pitcher => self.pitcher_side(),
        };
        // Validated sides total 2160 slots, so every slot holds a result.
        let result = side.result_at(slot).unwrap_or(SlotResult::Strikeout);
        Ok((owner, result))
    }

    /// The engine result for a raw result, with the fielder from the location d100 (only read
    /// when [`SlotResult::needs_location`] holds) over the league's zone tables.
    #[must_use]
    pub fn card_result(
        &self,
        slot: SlotResult,
        location_d100: u8,
        charts: &LocationCharts,
    ) -> CardResult {
        card_result(
            slot,
            location_d100,
            self.batting_hand(),
            self.batter_side().spray,
            charts,
        )
    }

    /// The expected per-PA line of this matchup.
    #[must_use]
    pub fn expected_line(&self) -> StatLine {
        StatLine::of_matchup(&self.batter_side().slots, self.pitcher_side())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builder::{BattingTarget, PitchingTarget, build_batting_card, build_pitching_card};
    use engine_core::hit_location::mirror;
    use engine_core::slots::SLOTS_PER_SIDE;
    use engine_core::{Dice, Position, SeededDice};
    use std::collections::BTreeMap;

    fn batter(hand: Hand) -> ValidBattingCard {
        let mut c = build_batting_card(BattingTarget {
            hand,
            ..BattingTarget::default()
        });
        // Make the two sides tell apart: more strikeouts against left-handers.
        if let Some(s) = c.vs_left.as_mut() {
            s.strikeout += 6.0;
            s.groundout_b -= 6.0;
        }
        ValidBattingCard::try_from(c).unwrap()
    }

    fn pitcher(hand: Hand) -> ValidPitchingCard {
        let mut c = build_pitching_card(PitchingTarget {
            hand,
            ..PitchingTarget::default()
        });
        // More walks against left-handed batters.
        if let Some(s) = c.vs_left.as_mut() {
            s.walk += 7.0;
            s.groundout_b -= 7.0;
        }
        ValidPitchingCard::try_from(c).unwrap()
    }

    #[test]
    fn a_switch_hitter_uses_the_side_for_the_pitchers_hand_and_bats_opposite() {
        let (b, rhp, lhp) = (batter(Hand::S), pitcher(Hand::R), pitcher(Hand::L));
        let m = Matchup::new(&b, &rhp);
        assert_eq!(m.batting_hand(), Hand::L);
        assert!(std::ptr::eq(m.batter_side(), b.side(Hand::R)));
        assert!(std::ptr::eq(m.pitcher_side(), rhp.side(Hand::L)));
        let m = Matchup::new(&b, &lhp);
        assert_eq!(m.batting_hand(), Hand::R);
        assert!(std::ptr::eq(m.batter_side(), b.side(Hand::L)));
        assert!(std::ptr::eq(m.pitcher_side(), lhp.side(Hand::R)));
        // The sides really differ, so the selection is observable.
        let k = |l: &SlotTable| l.slots_of(SlotResult::Strikeout);
        assert_ne!(k(&b.side(Hand::L).slots), k(&b.side(Hand::R).slots));
    }

    #[test]
    fn a_left_handed_batters_located_balls_are_mirrored() {
        let (l, r, p) = (batter(Hand::L), batter(Hand::R), pitcher(Hand::R));
        let (ml, mr) = (Matchup::new(&l, &p), Matchup::new(&r, &p));
        let c = league_config::pd().unwrap().charts.location;
        for d in 1..=100 {
            let gl = ml
                .card_result(SlotResult::FlyoutA, d, &c)
                .fielder()
                .unwrap();
            let gr = mr
                .card_result(SlotResult::FlyoutA, d, &c)
                .fielder()
                .unwrap();
            assert_eq!(gl, mirror(gr));
        }
        assert_eq!(
            mr.card_result(SlotResult::FlyoutA, 1, &c),
            CardResult::FlyoutA(Position::LF)
        );
        assert_eq!(
            ml.card_result(SlotResult::FlyoutA, 1, &c),
            CardResult::FlyoutA(Position::RF)
        );
    }

    /// Chi-square goodness of fit: at-bat rolls from a seeded generator, read through the slot
    /// mapping, give each result with probability ½·batter/108 + ½·pitcher/108.
    #[test]
    fn result_frequencies_match_half_batter_plus_half_pitcher() {
        let (b, p) = (batter(Hand::R), pitcher(Hand::L));
        let m = Matchup::new(&b, &p);
        let mut expected: BTreeMap<String, f64> = BTreeMap::new();
        for (layout, owner) in [(&m.batter_side().slots, "b"), (m.pitcher_side(), "p")] {
            for (r, n) in layout.counts() {
                let key = format!("{owner}:{r:?}");
                *expected.entry(key).or_default() += 0.5 * f64::from(n) / SLOTS_PER_SIDE as f64;
            }
        }
        let mut dice = SeededDice::new(20_261_125);
        let n = 400_000u32;
        let mut observed: BTreeMap<String, u32> = BTreeMap::new();
        for _ in 0..n {
            let (w, r1, r2, s) = (dice.roll(6), dice.roll(6), dice.roll(6), dice.roll(20));
            let (owner, r) = m.slot_result(w, r1, r2, s).unwrap();
            let owner = if owner == CardOwner::Batter { "b" } else { "p" };
            *observed.entry(format!("{owner}:{r:?}")).or_default() += 1;
        }
        let mut chi2 = 0.0;
        let mut cells = 0u32;
        for (key, p) in &expected {
            let obs = f64::from(observed.get(key).copied().unwrap_or(0));
            if *p == 0.0 {
                assert_eq!(obs, 0.0, "{key} has no slots but was rolled");
                continue;
            }
            let e = p * f64::from(n);
            chi2 += (obs - e).powi(2) / e;
            cells += 1;
        }
        let df = f64::from(cells - 1);
        // The 99.9th percentile of chi-square is below df + 3.1·sqrt(2·df) for df ≥ 20.
        let critical = df + 3.1 * (2.0 * df).sqrt();
        assert!(cells > 20);
        assert!(
            chi2 < critical,
            "chi2 {chi2:.1} over {df} df (critical {critical:.1})"
        );
    }
}
