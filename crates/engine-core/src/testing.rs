//! Test support (feature `test-support`): sample teams, a random legal-command driver and the
//! invariant checks shared by the property tests of this and other crates.
#![allow(
    clippy::panic,
    reason = "test support: a refused legal command is a failed test"
)]

use crate::card_result::CardResult;
use crate::command::{Actor, Change, Command, DefenseDecision, InfieldDepth, OffenseDecision};
use crate::dice::Dice;
use crate::game::Game;
use crate::ids::{Base, Grade, Hand, PlayerId, Position, Side};
use crate::league::{League, ResultEntry};
use crate::ratings::{DefenseRatings, PitchingRatings, Ratings, StealRatings};
use crate::setup::{GameSetup, LineupEntry, PlayerSetup, Setup, TeamSetup};
use crate::step::Step;

const FIELD_ORDER: [Position; 8] = [
    Position::CF,
    Position::SS,
    Position::B1,
    Position::LF,
    Position::RF,
    Position::B3,
    Position::C,
    Position::B2,
];

fn ratings(pos: &[Position], pitcher: bool, full: bool) -> Ratings {
    if !full {
        return Ratings::default();
    }
    Ratings {
        running: Some(12),
        steal: Some(StealRatings {
            low: 8,
            high: 14,
            auto: false,
            jump: vec![6, 7, 8, 9],
        }),
        bunting: Some(Grade::B),
        hit_and_run: Some(Grade::B),
        pitching: pitcher.then_some(PitchingRatings {
            wild_pitch: Some(2),
            balk: Some(1),
            hold: Some(0),
            pickoff: Some(2),
            starter: Some(6),
            relief: Some(2),
            closer: None,
        }),
        defense: pos
            .iter()
            .map(|&p| DefenseRatings {
                position: p,
                range: Some(3),
                error: Some(10),
                arm: (p.is_outfield() || p == Position::C).then_some(0),
                pb: (p == Position::C).then_some(2),
            })
            .collect(),
    }
}

/// A team of 9 starters, 4 bench players (who can play anywhere in the field) and 5 relievers.
/// Player ids start at `base`.
#[must_use]
pub fn sample_team(name: &str, base: u32, dh: bool, full_ratings: bool) -> TeamSetup {
    let mut players = Vec::new();
    let mut lineup = Vec::new();
    let pitcher = PlayerId(base + 20);
    let field: Vec<Position> = if dh {
        FIELD_ORDER.to_vec()
    } else {
        FIELD_ORDER[..8].to_vec()
    };
    for (i, &pos) in field.iter().enumerate() {
        let id = PlayerId(base + i as u32 + 1);
        lineup.push(LineupEntry {
            player: id,
            position: pos,
        });
        players.push(player(id, i, &[pos], false, full_ratings));
    }
    if dh {
        let id = PlayerId(base + 9);
        lineup.push(LineupEntry {
            player: id,
            position: Position::DH,
        });
        players.push(player(id, 9, &[Position::B1], false, full_ratings));
    } else {
        lineup.push(LineupEntry {
            player: pitcher,
            position: Position::P,
        });
    }
    players.push(player(pitcher, 20, &[Position::P], true, full_ratings));
    let everywhere: Vec<Position> = Position::FIELD[1..].to_vec();
    let bench: Vec<PlayerId> = (10..14).map(|i| PlayerId(base + i)).collect();
    for (i, &id) in bench.iter().enumerate() {
        players.push(player(id, 10 + i, &everywhere, false, full_ratings));
    }
    let bullpen: Vec<PlayerId> = (21..26).map(|i| PlayerId(base + i)).collect();
    for (i, &id) in bullpen.iter().enumerate() {
        players.push(player(id, 21 + i, &[Position::P], true, full_ratings));
    }
    TeamSetup {
        name: name.into(),
        lineup,
        pitcher,
        bench,
        bullpen,
        players,
    }
}

fn player(id: PlayerId, n: usize, pos: &[Position], pitcher: bool, full: bool) -> PlayerSetup {
    PlayerSetup {
        id,
        name: format!("Player {}", id.0),
        bats: Some(if n.is_multiple_of(3) {
            Hand::L
        } else if n.is_multiple_of(5) {
            Hand::S
        } else {
            Hand::R
        }),
        throws: Some(if n.is_multiple_of(4) {
            Hand::L
        } else {
            Hand::R
        }),
        positions: pos.to_vec(),
        ratings: ratings(pos, pitcher, full),
        batting_card: None,
        pitching_card: None,
    }
}

/// A validated sample game in `league`.
#[must_use]
pub fn sample_setup(league: League, entry: ResultEntry, full_ratings: bool) -> Setup {
    let dh = league.rules.dh;
    let raw = GameSetup {
        league,
        result_entry: Some(entry),
        ballpark: None,
        away: sample_team("AWY", 100, dh, full_ratings),
        home: sample_team("HOM", 200, dh, full_ratings),
    };
    match Setup::try_from(raw) {
        Ok(s) => s,
        Err(e) => panic!("the sample setup is illegal: {e}"),
    }
}

fn pick<T: Copy>(dice: &mut dyn Dice, items: &[T]) -> T {
    let n = u8::try_from(items.len()).unwrap_or(u8::MAX).max(1);
    items[usize::from(dice.roll(n) - 1).min(items.len() - 1)]
}

fn chance(dice: &mut dyn Dice, one_in: u8) -> bool {
    dice.roll(one_in) == 1
}

/// A random card result with a legal fielder.
pub fn random_result(dice: &mut dyn Dice) -> CardResult {
    use CardResult as C;
    let infield = &Position::FIELD[..6];
    let outfield = &Position::FIELD[6..];
    let any = &Position::FIELD;
    match dice.roll(24) {
        1 => C::Single1,
        2 => C::Single2,
        3 => C::SingleUncapped(pick(dice, outfield)),
        4 => C::Double2,
        5 => C::Double3,
        6 => C::DoubleUncapped(pick(dice, outfield)),
        7 => C::Triple,
        8 => C::Homerun,
        9 => C::BpHomerun,
        10 => C::BpSingle,
        11 => C::Walk,
        12 => C::Hbp,
        13 => C::Strikeout,
        14 => C::GroundballA(pick(dice, infield)),
        15 => C::GroundballB(pick(dice, infield)),
        16 => C::GroundballC(pick(dice, infield)),
        17 => C::FlyoutA(pick(dice, outfield)),
        18 => C::FlyoutB(pick(dice, outfield)),
        19 => C::FlyoutBq(pick(dice, outfield)),
        20 => C::FlyoutC(pick(dice, any)),
        21 => C::Lineout(pick(dice, any)),
        22 => C::Popout(pick(dice, any)),
        23 => C::IntentionalWalk,
        _ => C::XCheck(pick(dice, any)),
    }
}

/// A random command that is legal for the pending step (`None` once the game is over).
pub fn random_command(game: &Game, dice: &mut dyn Dice) -> Option<(Actor, Command)> {
    let state = game.state();
    let side = state.step.side()?;
    let actor = Actor::Team(side);
    let command = match &state.step {
        Step::Defense { side } => {
            if chance(dice, 40)
                && let Some(change) = pitching_change(game, *side)
            {
                Command::Substitute {
                    changes: vec![change],
                }
            } else {
                let occupied: Vec<Base> = Base::OCCUPIABLE
                    .into_iter()
                    .filter(|&b| state.bases.occupied(b))
                    .collect();
                Command::SetDefense(DefenseDecision {
                    infield: pick(
                        dice,
                        &[
                            InfieldDepth::Normal,
                            InfieldDepth::Normal,
                            InfieldDepth::In,
                            InfieldDepth::CornersIn,
                        ],
                    ),
                    hold: occupied.into_iter().filter(|_| chance(dice, 2)).collect(),
                    intentional_walk: chance(dice, 60),
                    ..DefenseDecision::default()
                })
            }
        }
        Step::Offense { side } => {
            if chance(dice, 60)
                && let Some(change) = pinch_hitter(game, *side)
            {
                Command::Substitute {
                    changes: vec![change],
                }
            } else {
                Command::SetOffense {
                    decision: random_offense(game, dice),
                }
            }
        }
        Step::Roll { .. } => Command::Roll,
        Step::CardResult { .. } => {
            if chance(dice, 50) {
                return Some((Actor::Team(side.other()), Command::Dispute));
            }
            Command::SubmitResult {
                result: random_result(dice),
            }
        }
        Step::Rating { player, kind, .. } => {
            let r = kind.range();
            let (lo, hi) = (*r.start(), *r.end());
            let span = u8::try_from((hi - lo + 1).clamp(1, 20)).unwrap_or(20);
            Command::EnterRating {
                player: *player,
                kind: *kind,
                value: lo + i16::from(dice.roll(span) - 1),
            }
        }
        Step::Decision { question, .. } => Command::Decide {
            choice: pick(dice, &question.choices()),
        },
        Step::GameOver => return None,
    };
    Some((actor, command))
}

fn random_offense(game: &Game, dice: &mut dyn Dice) -> OffenseDecision {
    let bases = game.state().bases;
    let mut options = vec![OffenseDecision::Swing; 6];
    options.push(OffenseDecision::BuntForHit);
    if bases.occupied(Base::First) && !bases.occupied(Base::Second) {
        options.push(OffenseDecision::Steal {
            runners: vec![Base::First],
        });
    }
    if bases.occupied(Base::Second) && !bases.occupied(Base::Third) {
        options.push(OffenseDecision::Steal {
            runners: vec![Base::Second],
        });
        if bases.occupied(Base::First) {
            options.push(OffenseDecision::Steal {
                runners: vec![Base::First, Base::Second],
            });
        }
    }
    if !crate::bunt::hit_and_run_runners(&bases).is_empty() {
        options.push(OffenseDecision::HitAndRun);
    }
    if !bases.is_empty() {
        options.push(OffenseDecision::SacBunt);
    }
    if bases.occupied(Base::Third) {
        options.push(OffenseDecision::Squeeze);
    }
    let i = usize::from(dice.roll(u8::try_from(options.len()).unwrap_or(1)) - 1);
    options.swap_remove(i.min(options.len() - 1))
}

/// An unused player of `side`'s team who can play `pos`.
fn unused(game: &Game, side: Side, pos: Position) -> Option<PlayerId> {
    let team = game.state().team(side);
    game.setup()
        .team(side)
        .players
        .iter()
        .find(|p| {
            p.positions.contains(&pos)
                && !team.appeared.iter().any(|&(a, _)| a == p.id)
                && !team.removed.contains(&p.id)
        })
        .map(|p| p.id)
}

/// A legal pitching change, if a reliever is left and the pitcher owes no batters.
pub fn pitching_change(game: &Game, side: Side) -> Option<Change> {
    let state = game.state();
    if state.outing(side).is_some_and(|o| o.owes > 0) {
        return None;
    }
    let sub = unused(game, side, Position::P)?;
    Some(Change::Replace {
        out: state.team(side).pitcher(),
        sub,
        position: Position::P,
    })
}

/// A pinch hitter for the batter due up, if the bench has someone who can take his position.
pub fn pinch_hitter(game: &Game, side: Side) -> Option<Change> {
    let team = game.state().team(side);
    let out = team.batter();
    let pos = team.position_of(out).unwrap_or(Position::B1);
    if pos == Position::P {
        return None;
    }
    let sub = unused(game, side, pos)?;
    Some(Change::PinchHitter { out, sub })
}

/// Play a whole game with random legal commands; returns the game. Panics when a generated
/// command is refused (every generated command must be legal).
pub fn play_random_game(setup: Setup, dice: &mut dyn Dice, max_events: usize) -> Game {
    let mut game = Game::new(setup);
    let mut picker =
        crate::dice::SeededDice::new(u64::from(dice.roll(250)) << 8 | u64::from(dice.roll(250)));
    for _ in 0..max_events {
        let Some((actor, command)) = random_command(&game, &mut picker) else {
            break;
        };
        if let Err(e) = game.handle(actor, command.clone(), dice) {
            if matches!(command, Command::Dispute) {
                continue;
            }
            panic!(
                "a legal command was refused: {command:?} by {actor:?} at {:?}: {e}",
                game.step()
            );
        }
    }
    game
}

/// The engine's invariants on a game state; `Err` names the first one broken.
pub fn check_invariants(game: &Game) -> Result<(), String> {
    let state = game.state();
    if state.outs > 3 || (state.outs == 3 && !state.is_over()) {
        return Err(format!("{} outs while play goes on", state.outs));
    }
    let on: Vec<PlayerId> = state.bases.0.iter().flatten().map(|r| r.player).collect();
    for (i, p) in on.iter().enumerate() {
        if on[..i].contains(p) {
            return Err(format!("{p} is on two bases"));
        }
        if !state.team(state.batting()).in_game(*p) && !state.is_over() {
            return Err(format!("runner {p} is not in the batting team's lineup"));
        }
    }
    let mut runs = [0u16; 2];
    for rec in &state.plays {
        let bat = rec.fielding.map_or(Side::Away, Side::other);
        runs[bat.index()] += u16::from(rec.run);
        if usize::from(rec.run) != rec.runs.len() {
            return Err(format!(
                "play {} counts {} runs but lists {}",
                rec.play_num,
                rec.run,
                rec.runs.len()
            ));
        }
        let before = [rec.away_score, rec.home_score];
        let after = [rec.away_score_after, rec.home_score_after];
        if after[bat.index()] - before[bat.index()] != u16::from(rec.run)
            || after[bat.other().index()] != before[bat.other().index()]
        {
            return Err(format!(
                "play {}: the score moved by other than its runs",
                rec.play_num
            ));
        }
        if rec.starting_outs + rec.outs > 3 {
            return Err(format!("play {} makes more than three outs", rec.play_num));
        }
        // Runners conserved: everyone on base at the start, and the batter, ends somewhere.
        let starts = [rec.on_first, rec.on_second, rec.on_third];
        let finals = [rec.on_first_final, rec.on_second_final, rec.on_third_final];
        for (s, f) in starts.iter().zip(finals) {
            if s.is_some() != f.is_some() {
                return Err(format!(
                    "play {}: a runner appeared or vanished",
                    rec.play_num
                ));
            }
        }
        let scored = finals.iter().filter(|f| **f == Some(4)).count()
            + usize::from(rec.batter_final == Some(4));
        if scored != rec.runs.len() {
            return Err(format!(
                "play {}: {} runners crossed the plate, {} runs counted",
                rec.play_num,
                scored,
                rec.runs.len()
            ));
        }
        let outs = finals.iter().filter(|f| **f == Some(0)).count()
            + usize::from(rec.batter_final == Some(0));
        if outs != usize::from(rec.outs) {
            return Err(format!(
                "play {}: {} players out, {} outs counted",
                rec.play_num, outs, rec.outs
            ));
        }
    }
    if runs != state.score {
        return Err(format!("score {:?} but plays total {runs:?}", state.score));
    }
    for side in Side::BOTH {
        let line: u16 = state.line[side.index()].iter().sum();
        if line != state.score[side.index()] {
            return Err(format!(
                "{side:?} line score totals {line}, score {}",
                state.score[side.index()]
            ));
        }
    }
    Ok(())
}

/// Dice that return scripted values first, then `fallback` (clamped to the die).
#[derive(Clone, Debug)]
pub struct ScriptedDice {
    values: std::collections::VecDeque<u8>,
    fallback: u8,
}

impl ScriptedDice {
    /// Scripted values, then `fallback`.
    #[must_use]
    pub fn new(values: &[u8], fallback: u8) -> Self {
        ScriptedDice {
            values: values.iter().copied().collect(),
            fallback,
        }
    }
}

impl Dice for ScriptedDice {
    fn roll(&mut self, sides: u8) -> u8 {
        self.values
            .pop_front()
            .unwrap_or(self.fallback)
            .clamp(1, sides)
    }
}

/// A situation to resolve one play in: SBA rules, manual results, every rating known.
pub struct Scenario {
    /// The game, positioned at the batting team's roll.
    pub game: Game,
}

impl Scenario {
    /// Runners on the bases named in `bases` ("" empty, "1", "13", "123", ...) with `outs` out,
    /// top of the first, the away team at the roll.
    #[must_use]
    pub fn new(league: League, bases: &str, outs: u8) -> Self {
        let setup = sample_setup(league, ResultEntry::Manual, true);
        let mut game = Game::new(setup);
        let state = game.state_mut();
        state.outs = outs;
        let mut s = Scenario { game };
        s.seat_runners(bases);
        s
    }

    /// The same situation moved to `inning` and `half` with the score `[away, home]` (the runs
    /// put in the first inning of the line score), the batting team's runners on the bases and
    /// the batting team at the roll.
    #[must_use]
    pub fn at(mut self, inning: u8, half: crate::ids::Half, score: [u16; 2]) -> Self {
        let bases: String = Base::OCCUPIABLE
            .into_iter()
            .zip(['1', '2', '3'])
            .filter(|(b, _)| self.game.state().bases.occupied(*b))
            .map(|(_, c)| c)
            .collect();
        let state = self.game.state_mut();
        state.inning = inning;
        state.half = half;
        state.score = score;
        let innings_batted = |side: Side| {
            usize::from(inning) - usize::from(side == Side::Home && half == crate::ids::Half::Top)
        };
        state.line = Side::BOTH.map(|side| {
            let mut line = vec![0; innings_batted(side)];
            if let Some(first) = line.first_mut() {
                *first = score[side.index()];
            }
            line
        });
        self.seat_runners(&bases);
        self
    }

    /// Put the batting team's last three batters on the named bases, charged to the pitcher.
    fn seat_runners(&mut self, bases: &str) {
        let state = self.game.state_mut();
        let batting = state.batting();
        let team = state.team(batting).clone();
        let pitcher = state.team(batting.other()).pitcher();
        for (i, b) in Base::OCCUPIABLE.into_iter().enumerate() {
            let on = bases.contains(char::from(b'1' + i as u8));
            let runner = crate::bases::Runner {
                player: team.slots[8 - i],
                pitcher,
                earned: true,
            };
            state.bases.set(b, on.then_some(runner));
        }
        state.step = Step::Roll { side: batting };
    }

    /// Roll (white 1, reds 1-1, split 10: the batter's card, no chaos), submit `result`, then
    /// answer decisions from `answers`; extra dice come from `dice` (then 10s). Returns the
    /// play's record.
    pub fn play(
        &mut self,
        result: CardResult,
        answers: &[crate::step::Choice],
        dice: &[u8],
    ) -> crate::play_record::PlayRecord {
        let mut script = vec![1, 1, 1, 10];
        script.extend_from_slice(dice);
        let mut d = ScriptedDice::new(&script, 10);
        let plays = self.game.state().plays.len();
        let mut answers = answers.iter();
        let mut commands = vec![Command::Roll, Command::SubmitResult { result }];
        commands.reverse();
        while self.game.state().plays.len() == plays {
            let step = self.game.step().clone();
            let command = match step {
                Step::Defense { .. } => Command::SetDefense(DefenseDecision::default()),
                Step::Offense { .. } => Command::SetOffense {
                    decision: OffenseDecision::Swing,
                },
                Step::Decision { .. } => match answers.next() {
                    Some(&choice) => Command::Decide { choice },
                    None => panic!("no answer for {step:?}"),
                },
                _ => match commands.pop() {
                    Some(c) => c,
                    None => panic!("the play did not finish: {step:?}"),
                },
            };
            let side = step.side().unwrap_or(Side::Away);
            if let Err(e) = self.game.handle(Actor::Team(side), command, &mut d) {
                panic!("refused at {step:?}: {e}");
            }
        }
        self.game.state().plays[plays].clone()
    }
}

/// The SBA preset, for this crate's unit tests. (league-config links its own copy of
/// engine-core into unit tests, so the value crosses over through serde.)
#[cfg(test)]
#[must_use]
pub fn sba_league() -> League {
    let other = league_config::sba().expect("the SBA preset loads");
    serde_json::from_value(serde_json::to_value(other).expect("serializes")).expect("deserializes")
}
