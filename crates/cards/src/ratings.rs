//! A player's cards converted into engine-core's [`Ratings`]: running, stealing, bunting,
//! hit-and-run, pitching (endurance included) and defense per position.

use crate::batting::{BattingCard, ValidBattingCard};
use crate::defense::DefenseCard;
use crate::error::CardError;
use crate::pitching::{PitchingCard, ValidPitchingCard};
use engine_core::ratings::{DefenseRatings, PitchingRatings, StealRatings};
use engine_core::{PlayerId, PlayerSetup, Position, Ratings};
use serde::{Deserialize, Serialize};

/// Ways to roll each 2d6 total 2..=12, out of 36.
const TWO_D6_WAYS: [u8; 11] = [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1];

/// Every card a player has, as the PD API sends them: not necessarily legal.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct PlayerCards {
    /// His batting card (every PD player has one; pitchers' may be absent).
    #[serde(default)]
    pub batting: Option<BattingCard>,
    /// His pitching card, if he pitches.
    #[serde(default)]
    pub pitching: Option<PitchingCard>,
    /// His defense at each position he plays.
    #[serde(default)]
    pub defense: Vec<DefenseCard>,
}

/// A player's validated cards.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidPlayerCards {
    /// Batting card.
    pub batting: Option<ValidBattingCard>,
    /// Pitching card.
    pub pitching: Option<ValidPitchingCard>,
    /// Defense per position.
    pub defense: Vec<DefenseRatings>,
}

impl TryFrom<PlayerCards> for ValidPlayerCards {
    type Error = Vec<CardError>;

    /// Validates every card; the error lists every invalid card.
    fn try_from(cards: PlayerCards) -> Result<Self, Vec<CardError>> {
        let mut errors = Vec::new();
        let batting = cards
            .batting
            .map(ValidBattingCard::try_from)
            .transpose()
            .map_err(|e| errors.push(e))
            .ok()
            .flatten();
        let pitching = cards
            .pitching
            .map(ValidPitchingCard::try_from)
            .transpose()
            .map_err(|e| errors.push(e))
            .ok()
            .flatten();
        let defense: Vec<DefenseRatings> = cards
            .defense
            .iter()
            .filter_map(|d| d.ratings().map_err(|e| errors.push(e)).ok())
            .collect();
        if errors.is_empty() {
            Ok(Self {
                batting,
                pitching,
                defense,
            })
        } else {
            Err(errors)
        }
    }
}

impl ValidPlayerCards {
    /// The engine's ratings for this player.
    #[must_use]
    pub fn ratings(&self) -> Ratings {
        ratings(self.batting.as_ref(), self.pitching.as_ref(), &self.defense)
    }

    /// The engine's setup for this player: hands, positions (his defense cards, and P with a
    /// pitching card), every rating and both digital cards, so an auto game never waits on a
    /// rating or a card result for him.
    #[must_use]
    pub fn player_setup(&self, id: PlayerId, name: &str) -> PlayerSetup {
        let mut positions: Vec<Position> = self.defense.iter().map(|d| d.position).collect();
        if self.pitching.is_some() && !positions.contains(&Position::P) {
            positions.push(Position::P);
        }
        PlayerSetup {
            id,
            name: name.to_owned(),
            bats: self.batting.as_ref().map(ValidBattingCard::hand),
            throws: self.pitching.as_ref().map(ValidPitchingCard::hand),
            positions,
            ratings: self.ratings(),
            batting_card: self.batting.as_ref().map(ValidBattingCard::digital),
            pitching_card: self.pitching.as_ref().map(ValidPitchingCard::digital),
        }
    }
}

/// The engine's ratings from a player's validated cards.
#[must_use]
pub fn ratings(
    batting: Option<&ValidBattingCard>,
    pitching: Option<&ValidPitchingCard>,
    defense: &[DefenseRatings],
) -> Ratings {
    let b = batting.map(ValidBattingCard::card);
    Ratings {
        running: b.map(|c| c.running),
        steal: b.map(steal_ratings),
        bunting: b.map(|c| c.bunting),
        hit_and_run: b.map(|c| c.hit_and_run),
        pitching: pitching.map(|p| pitching_ratings(p.card())),
        defense: defense.to_vec(),
    }
}

/// Stealing ratings from a batting card. PD's `steal_jump` (the share of 2d6 rolls that give a
/// good jump) becomes the run of totals from 2 upward whose share is closest to it (ties go
/// to the shorter run); `steal_auto` means every total.
#[must_use]
pub fn steal_ratings(card: &BattingCard) -> StealRatings {
    let jump = if card.steal_auto {
        (2..=12).collect()
    } else {
        jump_totals(card.steal_jump)
    };
    StealRatings {
        low: card.steal_low,
        high: card.steal_high,
        auto: card.steal_auto,
        jump,
    }
}

/// The run of 2d6 totals 2..=k whose share of 36 is closest to `share`.
fn jump_totals(share: f64) -> Vec<u8> {
    let target = share.clamp(0.0, 1.0) * 36.0;
    let mut best = (target, 1u8); // (distance, last total; 1 = no totals)
    let mut ways = 0u8;
    for (total, w) in (2u8..=12).zip(TWO_D6_WAYS) {
        ways += w;
        let distance = (f64::from(ways) - target).abs();
        if distance < best.0 - 1e-9 {
            best = (distance, total);
        }
    }
    (2..=best.1).collect()
}

/// Pitching ratings from a pitching card (pickoff is not on PD cards: the league default).
#[must_use]
pub fn pitching_ratings(card: &PitchingCard) -> PitchingRatings {
    PitchingRatings {
        wild_pitch: Some(card.wild_pitch),
        balk: Some(card.balk),
        hold: Some(card.hold),
        pickoff: None,
        starter: Some(card.starter_rating),
        relief: Some(card.relief_rating),
        closer: card.closer_rating,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jump_share_becomes_the_closest_run_of_totals() {
        assert_eq!(jump_totals(0.0), Vec::<u8>::new());
        assert_eq!(jump_totals(1.0 / 36.0), vec![2]);
        assert_eq!(jump_totals(6.0 / 36.0), vec![2, 3, 4]);
        assert_eq!(jump_totals(0.3), vec![2, 3, 4, 5]); // 10.8 of 36 → 10
        assert_eq!(jump_totals(1.0), (2..=12).collect::<Vec<u8>>());
    }
}

#[cfg(test)]
mod card_tests {
    use super::*;
    use crate::builder::{league_average_batter, league_average_pitcher};
    use engine_core::{Grade, Position};

    #[test]
    fn a_players_cards_become_engine_ratings() {
        let cards = PlayerCards {
            batting: Some(league_average_batter()),
            pitching: Some(league_average_pitcher()),
            defense: vec![DefenseCard {
                player_id: None,
                position: Position::SS,
                range: 2,
                error: 12,
                arm: None,
                pb: None,
            }],
        };
        let r = ValidPlayerCards::try_from(cards).unwrap().ratings();
        assert_eq!(r.running, Some(12));
        assert_eq!(r.bunting, Some(Grade::C));
        let steal = r.steal.clone().unwrap();
        assert_eq!((steal.low, steal.high, steal.auto), (8, 13, false));
        let p = r.pitching.clone().unwrap();
        assert_eq!(
            (p.starter, p.relief, p.wild_pitch, p.hold),
            (Some(6), Some(2), Some(3), Some(0))
        );
        assert_eq!(r.defense[0].range, Some(2));
        assert!(!r.flatten().is_empty());
    }

    #[test]
    fn a_players_cards_become_an_engine_player_setup() {
        let cards = PlayerCards {
            batting: Some(league_average_batter()),
            pitching: Some(league_average_pitcher()),
            defense: vec![],
        };
        let valid = ValidPlayerCards::try_from(cards).unwrap();
        let p = valid.player_setup(engine_core::PlayerId(44), "Ace");
        assert_eq!(p.positions, vec![Position::P]);
        assert_eq!(p.throws, Some(engine_core::Hand::R));
        let batting = valid.batting.as_ref().unwrap();
        assert_eq!(p.batting_card, Some(batting.digital()));
        let digital = p.pitching_card.unwrap();
        let pitching = valid.pitching.as_ref().unwrap();
        assert_eq!(&digital.vs_left, pitching.side(engine_core::Hand::L));
        assert!(digital.vs_right.check().is_ok());
        let b = p.batting_card.unwrap();
        assert!(b.vs_left.spray.is_valid() && b.vs_left.slots.check().is_ok());
        assert_eq!(p.ratings, valid.ratings());
    }

    #[test]
    fn every_invalid_card_is_reported() {
        let mut b = league_average_batter();
        b.running = 3;
        let cards = PlayerCards {
            batting: Some(b),
            pitching: Some(PitchingCard {
                wild_pitch: 40,
                ..league_average_pitcher()
            }),
            defense: vec![],
        };
        assert_eq!(ValidPlayerCards::try_from(cards).unwrap_err().len(), 2);
    }
}
