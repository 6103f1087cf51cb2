//! Rules §1 Game state: inning, outs, score, bases, both teams' lineups, pitchers' outings,
//! the pending step and the play log. Changed only by `Game::apply`.

use crate::bases::Bases;
use crate::card_result::CardResult;
use crate::command::{DefenseDecision, OffenseDecision};
use crate::dice::Roll;
use crate::ids::{Half, PlayerId, Position, Side};
use crate::play_record::PlayRecord;
use crate::ratings::RatingTable;
use crate::setup::Setup;
use crate::step::{Choice, Step};
use serde::{Deserialize, Serialize};

/// A team's lineup during the game.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamState {
    /// Batting order: who bats in each of the nine slots.
    pub slots: [PlayerId; 9],
    /// Defensive alignment indexed by `Position::field_index` (P, C, 1B … RF).
    pub fielders: [PlayerId; 9],
    /// Whether the DH is (still) in use.
    pub dh: bool,
    /// Slot (0..9) of the next batter.
    pub next_slot: u8,
    /// Players who have left the game (no re-entry).
    pub removed: Vec<PlayerId>,
    /// A pinch hitter or runner changed the lineup since the defense was last checked: the
    /// alignment must be checked before this team's next defensive decision.
    #[serde(default)]
    pub unchecked: bool,
    /// Everyone who has played, in order of appearance, with the slot (0..9) they batted in,
    /// or `None` for a pitcher who never batted.
    pub appeared: Vec<(PlayerId, Option<u8>)>,
}

impl TeamState {
    /// The current pitcher.
    #[must_use]
    pub fn pitcher(&self) -> PlayerId {
        self.fielders[0]
    }
    /// The player at a fielding position.
    #[must_use]
    pub fn at(&self, pos: Position) -> Option<PlayerId> {
        pos.field_index().map(|i| self.fielders[i])
    }
    /// A player's fielding position, if he fields.
    #[must_use]
    pub fn position_of(&self, player: PlayerId) -> Option<Position> {
        self.fielders
            .iter()
            .position(|&p| p == player)
            .map(|i| Position::FIELD[i])
    }
    /// A player's batting slot (0..9), if he bats.
    #[must_use]
    pub fn slot_of(&self, player: PlayerId) -> Option<usize> {
        self.slots.iter().position(|&p| p == player)
    }
    /// Whether the player is in the game now.
    #[must_use]
    pub fn in_game(&self, player: PlayerId) -> bool {
        self.slots.contains(&player) || self.fielders.contains(&player)
    }
    /// The batter due up.
    #[must_use]
    pub fn batter(&self) -> PlayerId {
        self.slots[usize::from(self.next_slot % 9)]
    }
}

/// One pitcher's outing in this game (rules §10, §11, §13).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outing {
    /// The pitcher.
    pub player: PlayerId,
    /// His team.
    pub side: Side,
    /// He started the game.
    pub started: bool,
    /// Batters faced.
    pub batters_faced: u16,
    /// Outs recorded while he pitched.
    pub outs: u16,
    /// Runs charged to him.
    pub runs: u16,
    /// Batters he must still face before he may be replaced (rules §10); cleared when a
    /// half-inning ends.
    pub owes: u8,
    /// His team's lead (own − opponent) when he entered.
    pub entry_lead: i16,
    /// Runners on base when he entered (with `entry_lead`: was the tying run on base, at bat
    /// or on deck?).
    pub entry_runners: u8,
    /// Still pitching.
    pub active: bool,
}

/// A play waiting for more input: the dice already rolled for it and the answers given so far.
/// Resolution is re-run from the start of the play with these, so it is deterministic.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PlayInProgress {
    /// What started the play.
    pub kind: PlayKind,
    /// Every die rolled for it, in order.
    pub dice: Vec<Roll>,
    /// Answers to decisions, in order.
    pub answers: Vec<Choice>,
    /// Manual mode: the submitted card result.
    pub manual_result: Option<CardResult>,
}

/// What started a play.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlayKind {
    /// A roll command (at-bat, bunt, hit-and-run).
    #[default]
    Roll,
    /// A declared steal, resolved before the pitch.
    Steal,
}

/// How the game ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// Regulation or extra innings.
    Completed,
    /// Walk-off.
    WalkOff,
    /// Mercy rule.
    Mercy,
    /// A manager conceded.
    Conceded {
        /// Who conceded.
        by: Side,
    },
}

/// The whole state of a game.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameState {
    /// Current inning (1..).
    pub inning: u8,
    /// Current half.
    pub half: Half,
    /// Outs in this half (0..=2 while play goes on).
    pub outs: u8,
    /// Runs per team.
    pub score: [u16; 2],
    /// Runs per inning per team (line score).
    pub line: [Vec<u16>; 2],
    /// Hits per team.
    pub hits: [u16; 2],
    /// Errors per team (by its fielders).
    pub errors: [u16; 2],
    /// Runners left on base per team.
    pub lob: [u16; 2],
    /// Automatic extra-inning runners placed per team.
    pub auto_runners: [u16; 2],
    /// The bases.
    pub bases: Bases,
    /// Both teams (index by `Side::index`).
    pub teams: [TeamState; 2],
    /// Every pitcher's outing, in order of entry.
    pub outings: Vec<Outing>,
    /// The pending step.
    pub step: Step,
    /// The defense's decision for the current plate appearance.
    pub defense: DefenseDecision,
    /// The offense's decision for the current plate appearance.
    pub offense: OffenseDecision,
    /// A play waiting for input.
    pub play: Option<PlayInProgress>,
    /// Ratings typed in during the game.
    pub ratings: RatingTable,
    /// The play log.
    pub plays: Vec<PlayRecord>,
    /// Number of the last event applied.
    pub event_no: u64,
    /// Runs and outs that would have happened without errors in this half (rules §13 earned
    /// runs): the reconstructed outs.
    pub reconstructed_outs: u8,
    /// How the game ended, once over.
    pub ending: Option<Ending>,
    /// The side that asked to undo, awaiting the other's agreement.
    pub undo_requested: Option<Side>,
    /// Event number of the at-bat roll whose card result was submitted manually and may still
    /// be disputed.
    pub disputable: Option<u64>,
}

impl GameState {
    /// The initial state of a validated setup: top of the first, away team up.
    #[must_use]
    pub fn new(setup: &Setup) -> Self {
        let teams = Side::BOTH.map(|side| initial_team(setup, side));
        let outings = Side::BOTH
            .iter()
            .map(|&side| Outing {
                player: setup.team(side).pitcher,
                side,
                started: true,
                batters_faced: 0,
                outs: 0,
                runs: 0,
                owes: 0,
                entry_lead: 0,
                entry_runners: 0,
                active: true,
            })
            .collect();
        GameState {
            inning: 1,
            half: Half::Top,
            outs: 0,
            score: [0, 0],
            line: [vec![0], Vec::new()],
            hits: [0, 0],
            errors: [0, 0],
            lob: [0, 0],
            auto_runners: [0, 0],
            bases: Bases::default(),
            teams,
            outings,
            step: Step::Defense { side: Side::Home },
            defense: DefenseDecision::default(),
            offense: OffenseDecision::default(),
            play: None,
            ratings: RatingTable::default(),
            plays: Vec::new(),
            event_no: 0,
            reconstructed_outs: 0,
            ending: None,
            undo_requested: None,
            disputable: None,
        }
    }

    /// The batting side.
    #[must_use]
    pub fn batting(&self) -> Side {
        self.half.batting()
    }
    /// The fielding side.
    #[must_use]
    pub fn fielding(&self) -> Side {
        self.half.fielding()
    }
    /// A team's state.
    #[must_use]
    pub fn team(&self, side: Side) -> &TeamState {
        &self.teams[side.index()]
    }
    /// A team's state, mutable.
    pub fn team_mut(&mut self, side: Side) -> &mut TeamState {
        &mut self.teams[side.index()]
    }
    /// The active outing of a team's pitcher.
    #[must_use]
    pub fn outing(&self, side: Side) -> Option<&Outing> {
        self.outings
            .iter()
            .rev()
            .find(|o| o.side == side && o.active)
    }
    /// The active outing, mutable.
    pub fn outing_mut(&mut self, side: Side) -> Option<&mut Outing> {
        self.outings
            .iter_mut()
            .rev()
            .find(|o| o.side == side && o.active)
    }
    /// The game is over.
    #[must_use]
    pub fn is_over(&self) -> bool {
        self.ending.is_some()
    }
    /// `own − opponent` runs for a side.
    #[must_use]
    pub fn lead(&self, side: Side) -> i16 {
        let own = i32::from(self.score[side.index()]);
        let opp = i32::from(self.score[side.other().index()]);
        i16::try_from(own - opp).unwrap_or(0)
    }
    /// The winner, once the game is over (`None` for a tie or a game in progress).
    #[must_use]
    pub fn winner(&self) -> Option<Side> {
        match self.ending? {
            Ending::Conceded { by } => Some(by.other()),
            _ => Side::BOTH.into_iter().find(|&s| self.lead(s) > 0),
        }
    }
}

fn initial_team(setup: &Setup, side: Side) -> TeamState {
    let t = setup.team(side);
    let mut slots = [PlayerId(0); 9];
    let mut fielders = [t.pitcher; 9];
    for (i, e) in t.lineup.iter().take(9).enumerate() {
        slots[i] = e.player;
        if let Some(f) = e.position.field_index() {
            fielders[f] = e.player;
        }
    }
    let dh = t.lineup.iter().any(|e| e.position == Position::DH);
    let mut appeared: Vec<(PlayerId, Option<u8>)> = slots
        .iter()
        .enumerate()
        .map(|(i, &p)| (p, Some(i as u8)))
        .collect();
    if dh {
        appeared.push((t.pitcher, None));
    }
    TeamState {
        slots,
        fielders,
        dh,
        next_slot: 0,
        removed: Vec::new(),
        unchecked: false,
        appeared,
    }
}
