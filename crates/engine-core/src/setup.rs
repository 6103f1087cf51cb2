//! Rules §1 and §10: game setup. [`GameSetup`] is the unchecked input (a lineup as a client or
//! league API sent it); [`Setup`] is the validated form the engine plays with. The only way
//! from one to the other is `Setup::try_from`, which reports every problem, not the first.

use crate::digital_card::{DigitalBattingCard, DigitalPitchingCard};
use crate::ids::{Hand, PlayerId, Position, Side};
use crate::league::{Ballpark, League, ResultEntry};
use crate::ratings::{RatingKind, RatingTable, Ratings};
use crate::slots::{SlotTable, SlotTableError};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// A player as the setup describes him.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlayerSetup {
    /// League id.
    pub id: PlayerId,
    /// Display name.
    pub name: String,
    /// Batting hand (unknown for SBA until typed in; it is only recorded).
    #[serde(default)]
    pub bats: Option<Hand>,
    /// Throwing hand.
    #[serde(default)]
    pub throws: Option<Hand>,
    /// Positions his card lists (DH is always allowed and need not be listed).
    pub positions: Vec<Position>,
    /// Known ratings.
    #[serde(default)]
    pub ratings: Ratings,
    /// His digital batting card (PD), read in auto result entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batting_card: Option<DigitalBattingCard>,
    /// His digital pitching card (PD), read in auto result entry; his hand is `throws`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pitching_card: Option<DigitalPitchingCard>,
}

/// Which digital card a problem was found on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    /// The batting card.
    Batting,
    /// The pitching card.
    Pitching,
}

/// One batting-order entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineupEntry {
    /// Who bats here.
    pub player: PlayerId,
    /// Where he plays (DH for the designated hitter).
    pub position: Position,
}

/// A team as submitted: unchecked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamSetup {
    /// Display name or abbreviation.
    pub name: String,
    /// Batting order, 9 entries.
    pub lineup: Vec<LineupEntry>,
    /// Starting pitcher (in the lineup at P when the DH is not used).
    pub pitcher: PlayerId,
    /// Position players available to substitute.
    #[serde(default)]
    pub bench: Vec<PlayerId>,
    /// Pitchers available to relieve.
    #[serde(default)]
    pub bullpen: Vec<PlayerId>,
    /// Every player named above.
    pub players: Vec<PlayerSetup>,
}

/// A game as requested: unchecked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GameSetup {
    /// League rules and charts in force.
    pub league: League,
    /// Result entry for this game (default: the league's).
    #[serde(default)]
    pub result_entry: Option<ResultEntry>,
    /// The home park's ratings (default: the league's ballpark defaults).
    #[serde(default)]
    pub ballpark: Option<Ballpark>,
    /// The visitors.
    pub away: TeamSetup,
    /// The home team.
    pub home: TeamSetup,
}

/// One reason a setup is illegal.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum SetupProblem {
    /// The batting order does not have nine entries.
    #[error("{side:?}: the batting order has {count} entries, not 9")]
    LineupLength {
        /// Team.
        side: Side,
        /// Entries found.
        count: usize,
    },
    /// A player appears twice (in a lineup, bench or bullpen, or on both teams).
    #[error("player {player} appears more than once")]
    DuplicatePlayer {
        /// The player.
        player: PlayerId,
    },
    /// A lineup, bench or bullpen names a player the team's player list does not define.
    #[error("{side:?}: player {player} is not in the team's player list")]
    UnknownPlayer {
        /// Team.
        side: Side,
        /// The player.
        player: PlayerId,
    },
    /// A position is filled twice or not at all.
    #[error("{side:?}: position {position} is filled {count} times")]
    PositionCount {
        /// Team.
        side: Side,
        /// The position.
        position: Position,
        /// How often it is filled.
        count: usize,
    },
    /// A player is placed at a position his card does not list.
    #[error("{side:?}: player {player} cannot play {position}")]
    Ineligible {
        /// Team.
        side: Side,
        /// The player.
        player: PlayerId,
        /// The position.
        position: Position,
    },
    /// The starting pitcher is not where the DH rule puts him.
    #[error("{side:?}: the starting pitcher {player} must {expected}")]
    PitcherPlacement {
        /// Team.
        side: Side,
        /// The pitcher.
        player: PlayerId,
        /// What the DH rule expects.
        expected: String,
    },
    /// A rating is outside its legal range.
    #[error("player {player}: {kind:?} = {value} is outside {min}..={max}")]
    RatingRange {
        /// The player.
        player: PlayerId,
        /// The rating.
        kind: RatingKind,
        /// Its value.
        value: i16,
        /// Lowest legal.
        min: i16,
        /// Highest legal.
        max: i16,
    },
    /// One side of a digital card is not a legal slot table.
    #[error("player {player}: {card:?} card side vs {vs:?}: {error}")]
    CardTable {
        /// The player.
        player: PlayerId,
        /// Batting or pitching card.
        card: CardKind,
        /// The side (vs left- or right-handed opponents).
        vs: Hand,
        /// What is wrong with it.
        error: SlotTableError,
    },
    /// A batting card side's spray rates do not sum to 100 percent.
    #[error(
        "player {player}: batting card side vs {vs:?}: spray {pull}/{center}/{slap} does not sum to 100"
    )]
    SprayRates {
        /// The player.
        player: PlayerId,
        /// The side.
        vs: Hand,
        /// Pull percent.
        pull: u8,
        /// Center percent.
        center: u8,
        /// Slap (opposite-field) percent.
        slap: u8,
    },
    /// A digital card's hand does not fit the player (a pitching card needs `throws` L or R;
    /// a batting card's hand must match `bats` when both are given).
    #[error("player {player}: {reason}")]
    CardHand {
        /// The player.
        player: PlayerId,
        /// What does not fit.
        reason: String,
    },
    /// The league's innings are 0.
    #[error("the league must play at least one inning")]
    NoInnings,
}

/// An illegal setup, with every reason.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("illegal game setup: {}", .problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct SetupError {
    /// Every problem found.
    pub problems: Vec<SetupProblem>,
}

/// A validated setup. Cheap to clone (shared).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "GameSetup", into = "GameSetup")]
pub struct Setup(Arc<Inner>);

#[derive(Debug, PartialEq)]
struct Inner {
    raw: GameSetup,
    players: BTreeMap<PlayerId, (Side, usize)>,
    ratings: RatingTable,
    entry: ResultEntry,
    ballpark: Ballpark,
}

impl TryFrom<GameSetup> for Setup {
    type Error = SetupError;
    fn try_from(raw: GameSetup) -> Result<Self, SetupError> {
        let mut problems = Vec::new();
        if raw.league.rules.innings == 0 {
            problems.push(SetupProblem::NoInnings);
        }
        let mut players = BTreeMap::new();
        let mut ratings = RatingTable::default();
        for side in Side::BOTH {
            let team = team_of(&raw, side);
            for (i, p) in team.players.iter().enumerate() {
                if players.insert(p.id, (side, i)).is_some() {
                    problems.push(SetupProblem::DuplicatePlayer { player: p.id });
                }
                for (kind, value) in p.ratings.flatten() {
                    let r = kind.range();
                    if r.contains(&value) {
                        ratings.insert(p.id, kind, value);
                    } else {
                        problems.push(SetupProblem::RatingRange {
                            player: p.id,
                            kind,
                            value,
                            min: *r.start(),
                            max: *r.end(),
                        });
                    }
                }
            }
            for p in &team.players {
                check_cards(p, &mut problems);
            }
            check_team(team, side, raw.league.rules.dh, &mut problems);
        }
        if !problems.is_empty() {
            return Err(SetupError { problems });
        }
        let entry = raw.result_entry.unwrap_or(raw.league.rules.result_entry);
        let ballpark = raw.ballpark.unwrap_or(raw.league.charts.ballpark);
        Ok(Setup(Arc::new(Inner {
            raw,
            players,
            ratings,
            entry,
            ballpark,
        })))
    }
}

impl From<Setup> for GameSetup {
    fn from(s: Setup) -> GameSetup {
        s.0.raw.clone()
    }
}

fn team_of(raw: &GameSetup, side: Side) -> &TeamSetup {
    match side {
        Side::Away => &raw.away,
        Side::Home => &raw.home,
    }
}

/// Checks a player's digital cards: every side a legal slot table, spray rates summing to 100,
/// hands that fit the player.
fn check_cards(p: &PlayerSetup, problems: &mut Vec<SetupProblem>) {
    let mut table = |card: CardKind, vs: Hand, t: &SlotTable| {
        if let Err(error) = t.check() {
            problems.push(SetupProblem::CardTable {
                player: p.id,
                card,
                vs,
                error,
            });
        }
    };
    if let Some(b) = &p.batting_card {
        table(CardKind::Batting, Hand::L, &b.vs_left.slots);
        table(CardKind::Batting, Hand::R, &b.vs_right.slots);
    }
    if let Some(c) = &p.pitching_card {
        table(CardKind::Pitching, Hand::L, &c.vs_left);
        table(CardKind::Pitching, Hand::R, &c.vs_right);
    }
    if let Some(b) = &p.batting_card {
        for (vs, side) in [(Hand::L, &b.vs_left), (Hand::R, &b.vs_right)] {
            if !side.spray.is_valid() {
                problems.push(SetupProblem::SprayRates {
                    player: p.id,
                    vs,
                    pull: side.spray.pull,
                    center: side.spray.center,
                    slap: side.spray.slap,
                });
            }
        }
        if p.bats.is_some_and(|h| h != b.hand) {
            problems.push(SetupProblem::CardHand {
                player: p.id,
                reason: format!("bats {:?} but his batting card says {:?}", p.bats, b.hand),
            });
        }
    }
    if p.pitching_card.is_some() && !matches!(p.throws, Some(Hand::L | Hand::R)) {
        problems.push(SetupProblem::CardHand {
            player: p.id,
            reason: "a pitching card needs throws L or R".into(),
        });
    }
}

fn check_team(team: &TeamSetup, side: Side, dh: bool, problems: &mut Vec<SetupProblem>) {
    let known: BTreeSet<PlayerId> = team.players.iter().map(|p| p.id).collect();
    let find = |id: PlayerId| team.players.iter().find(|p| p.id == id);
    if team.lineup.len() != 9 {
        problems.push(SetupProblem::LineupLength {
            side,
            count: team.lineup.len(),
        });
    }
    let mut seen = BTreeSet::new();
    let named = team
        .lineup
        .iter()
        .map(|e| e.player)
        .chain(team.bench.iter().copied())
        .chain(team.bullpen.iter().copied());
    for id in named {
        if !seen.insert(id) {
            problems.push(SetupProblem::DuplicatePlayer { player: id });
        }
        if !known.contains(&id) {
            problems.push(SetupProblem::UnknownPlayer { side, player: id });
        }
    }
    let in_lineup = team.lineup.iter().any(|e| e.player == team.pitcher);
    if !known.contains(&team.pitcher) {
        problems.push(SetupProblem::UnknownPlayer {
            side,
            player: team.pitcher,
        });
    }
    let expected_positions: Vec<Position> = if dh {
        if in_lineup {
            problems.push(SetupProblem::PitcherPlacement {
                side,
                player: team.pitcher,
                expected: "not bat when the DH is used".into(),
            });
        }
        if team.bench.contains(&team.pitcher) || team.bullpen.contains(&team.pitcher) {
            problems.push(SetupProblem::DuplicatePlayer {
                player: team.pitcher,
            });
        }
        Position::FIELD[1..]
            .iter()
            .copied()
            .chain([Position::DH])
            .collect()
    } else {
        let at_p = team
            .lineup
            .iter()
            .any(|e| e.player == team.pitcher && e.position == Position::P);
        if !at_p {
            problems.push(SetupProblem::PitcherPlacement {
                side,
                player: team.pitcher,
                expected: "bat in the lineup at P when the DH is not used".into(),
            });
        }
        Position::FIELD.to_vec()
    };
    for pos in Position::FIELD.iter().copied().chain([Position::DH]) {
        let count = team.lineup.iter().filter(|e| e.position == pos).count();
        let want = usize::from(expected_positions.contains(&pos));
        if count != want {
            problems.push(SetupProblem::PositionCount {
                side,
                position: pos,
                count,
            });
        }
    }
    for e in &team.lineup {
        if let Some(p) = find(e.player)
            && !eligible(p, e.position)
        {
            problems.push(SetupProblem::Ineligible {
                side,
                player: e.player,
                position: e.position,
            });
        }
    }
    if let Some(p) = find(team.pitcher)
        && !eligible(p, Position::P)
    {
        problems.push(SetupProblem::Ineligible {
            side,
            player: team.pitcher,
            position: Position::P,
        });
    }
}

/// Whether a player's card allows a position (DH always).
#[must_use]
pub fn eligible(p: &PlayerSetup, pos: Position) -> bool {
    pos == Position::DH || p.positions.contains(&pos)
}

impl Setup {
    /// The league in force.
    #[must_use]
    pub fn league(&self) -> &League {
        &self.0.raw.league
    }
    /// Manual or auto result entry for this game.
    #[must_use]
    pub fn result_entry(&self) -> ResultEntry {
        self.0.entry
    }
    /// The home park's ratings.
    #[must_use]
    pub fn ballpark(&self) -> Ballpark {
        self.0.ballpark
    }
    /// A team's setup.
    #[must_use]
    pub fn team(&self, side: Side) -> &TeamSetup {
        team_of(&self.0.raw, side)
    }
    /// The unchecked form this setup was validated from.
    #[must_use]
    pub fn raw(&self) -> &GameSetup {
        &self.0.raw
    }
    /// A player and his team, if he is in this game.
    #[must_use]
    pub fn player(&self, id: PlayerId) -> Option<(Side, &PlayerSetup)> {
        let &(side, i) = self.0.players.get(&id)?;
        self.team(side).players.get(i).map(|p| (side, p))
    }
    /// Ratings known from the setup.
    #[must_use]
    pub fn ratings(&self) -> &RatingTable {
        &self.0.ratings
    }
}
