//! League-average PD teams for auto games: every player carries league-average batting cards
//! (and pitching cards for pitchers), defense at every position he may play and every rating,
//! so a game between two of them never waits on a card result or a rating step. Shared by
//! tests and the simulator.

use crate::builder::{BattingTarget, PitchingTarget, build_batting_card, build_pitching_card};
use crate::defense::DefenseCard;
use crate::error::CardError;
use crate::ratings::{PlayerCards, ValidPlayerCards};
use engine_core::{Hand, LineupEntry, PlayerId, PlayerSetup, Position, TeamSetup};

/// The fielding positions of the starters, in batting order; the ninth bats as DH.
const STARTERS: [Position; 8] = [
    Position::CF,
    Position::SS,
    Position::B1,
    Position::LF,
    Position::RF,
    Position::B3,
    Position::C,
    Position::B2,
];

/// Batting hands by batting-order slot: right, left and switch hitters mixed.
const BATS: [Hand; 9] = [
    Hand::L,
    Hand::R,
    Hand::S,
    Hand::R,
    Hand::L,
    Hand::R,
    Hand::R,
    Hand::S,
    Hand::L,
];

/// A league-average error rating per position: each gives about a one-in-five chance of an error
/// on an X-check on its chart (fielding-charts.md), which with the built pitching cards' X-check
/// share lands near cards.md's half an error per team-game.
#[must_use]
pub fn average_error(position: Position) -> u8 {
    match position {
        Position::P | Position::B1 | Position::LF | Position::RF => 12,
        Position::B2 => 30,
        Position::B3 | Position::CF => 18,
        Position::SS => 40,
        Position::C => 14,
        Position::DH => 0,
    }
}

/// Speed by batting-order slot: fast table-setters, slower middle of the order, averaging the
/// builder's league-average 12 so the team's rates stay league average while the computer
/// manager finds a few runners worth sending.
const SPEED: [u8; 9] = [17, 16, 12, 10, 11, 10, 9, 12, 11];

/// A league-average defense card at `position` (catchers with arm and passed-ball rating,
/// outfielders with an arm).
#[must_use]
pub fn average_defense(position: Position) -> DefenseCard {
    DefenseCard {
        player_id: None,
        position,
        range: 3,
        error: average_error(position),
        arm: (position.is_outfield() || position == Position::C).then_some(0),
        pb: (position == Position::C).then_some(4),
    }
}

fn player(
    id: u32,
    name: String,
    bats: Hand,
    speed: u8,
    pitching: Option<Hand>,
    positions: &[Position],
) -> Result<PlayerSetup, Vec<CardError>> {
    let cards = PlayerCards {
        batting: Some(build_batting_card(BattingTarget {
            hand: bats,
            speed,
            ..BattingTarget::default()
        })),
        pitching: pitching.map(|hand| {
            build_pitching_card(PitchingTarget {
                hand,
                ..PitchingTarget::default()
            })
        }),
        defense: positions.iter().map(|&p| average_defense(p)).collect(),
    };
    let id = PlayerId(id);
    Ok(ValidPlayerCards::try_from(cards)?.player_setup(id, &name))
}

/// A DH team of league-average PD cards named `name`, player ids from `id_base + 1`: nine
/// starters (ids +1..=+9, the ninth the DH), four bench players who can play every field
/// position (+10..=+13), a starting pitcher (+20) and five relievers (+21..=+25), right- and
/// left-handed pitchers and right, left and switch hitters mixed.
///
/// # Errors
/// The card errors if the built cards do not validate (they always do; the builder is tested).
pub fn league_average_team(name: &str, id_base: u32) -> Result<TeamSetup, Vec<CardError>> {
    let mut players = Vec::new();
    let mut lineup = Vec::new();
    for (i, &bats) in BATS.iter().enumerate() {
        let id = id_base + i as u32 + 1;
        let (position, plays) = match STARTERS.get(i) {
            Some(&p) => (p, vec![p]),
            None => (Position::DH, vec![Position::B1]),
        };
        players.push(player(
            id,
            format!("{name} {}", i + 1),
            bats,
            SPEED[i],
            None,
            &plays,
        )?);
        lineup.push(LineupEntry {
            player: PlayerId(id),
            position,
        });
    }
    let everywhere = &Position::FIELD[1..];
    let bench: Vec<PlayerId> = (10..14).map(|i| PlayerId(id_base + i)).collect();
    for (i, b) in bench.iter().enumerate() {
        let bats = BATS[i % BATS.len()];
        players.push(player(
            b.0,
            format!("{name} bench {}", i + 1),
            bats,
            12,
            None,
            everywhere,
        )?);
    }
    let pitchers: Vec<PlayerId> = (20..26).map(|i| PlayerId(id_base + i)).collect();
    for (i, p) in pitchers.iter().enumerate() {
        let throws = if i % 3 == 1 { Hand::L } else { Hand::R };
        players.push(player(
            p.0,
            format!("{name} pitcher {}", i + 1),
            throws,
            12,
            Some(throws),
            &[Position::P],
        )?);
    }
    Ok(TeamSetup {
        name: name.to_owned(),
        lineup,
        pitcher: pitchers[0],
        bench,
        bullpen: pitchers[1..].to_vec(),
        players,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine_core::RatingKind;

    #[test]
    fn every_player_carries_cards_and_every_rating_an_auto_game_reads() {
        let team = league_average_team("T", 0).unwrap();
        assert_eq!(team.lineup.len(), 9);
        assert_eq!(team.players.len(), 9 + 4 + 6);
        for p in &team.players {
            assert!(p.batting_card.is_some(), "{}", p.name);
            assert_eq!(p.bats, p.batting_card.as_ref().map(|c| c.hand));
            let kinds: Vec<RatingKind> = p.ratings.flatten().into_iter().map(|(k, _)| k).collect();
            for k in [
                RatingKind::Running,
                RatingKind::StealJump,
                RatingKind::Bunting,
            ] {
                assert!(kinds.contains(&k), "{} lacks {k:?}", p.name);
            }
            for &pos in &p.positions {
                assert!(
                    kinds.contains(&RatingKind::Range(pos)),
                    "{} at {pos}",
                    p.name
                );
                assert!(
                    kinds.contains(&RatingKind::Error(pos)),
                    "{} at {pos}",
                    p.name
                );
            }
            if p.positions.contains(&Position::C) {
                assert!(kinds.contains(&RatingKind::PassedBall));
                assert!(kinds.contains(&RatingKind::Arm(Position::C)));
            }
            if p.positions.contains(&Position::P) {
                assert!(p.pitching_card.is_some());
                assert!(matches!(p.throws, Some(Hand::L | Hand::R)));
                for k in [
                    RatingKind::WildPitch,
                    RatingKind::Balk,
                    RatingKind::Hold,
                    RatingKind::StarterEndurance,
                    RatingKind::ReliefEndurance,
                ] {
                    assert!(kinds.contains(&k), "{} lacks {k:?}", p.name);
                }
            }
        }
        let hands: Vec<Hand> = team.players.iter().filter_map(|p| p.bats).collect();
        assert!(hands.contains(&Hand::S) && hands.contains(&Hand::L));
    }
}
