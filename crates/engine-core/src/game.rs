//! Rules §1–§2 and §14: the game aggregate. `Game::handle` checks a command against the pending
//! step, rolls what it needs and records it as the next [`Event`]; `Game::apply` folds a
//! recorded event (replay, with the recorded dice); `Game::replay` rebuilds a game from its
//! setup and log. Both paths run the same transition, so replay gives the same state.

use crate::command::{Actor, Command, OffenseDecision};
use crate::dice::{Dice, Roll};
use crate::error::{ReplayError, RuleError};
use crate::event::{Action, Event};
use crate::ids::{Base, Side};
use crate::outcome::Outcome;
use crate::plate_appearance::run_play;
use crate::resolve::{Ctx, Suspend, Tape};
use crate::setup::Setup;
use crate::state::{Ending, GameState, PlayInProgress, PlayKind};
use crate::step::Step;
use crate::{corrections, end_of_game, scoring, substitution};
use serde::{Deserialize, Serialize};

/// A game: its setup, its current state and its event log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Game {
    setup: Setup,
    state: GameState,
    log: Vec<Event>,
    /// Positions in `log` of the events that make the current state: every applied command
    /// and undo request not voided by a later revert. A revert folds these again from the
    /// start, so undoing is linear in the game's length however many reverts came before.
    active: Vec<usize>,
}

/// Why a transition failed.
enum Failure {
    Rule(RuleError),
    Corrupt(String),
}

impl From<RuleError> for Failure {
    fn from(e: RuleError) -> Self {
        Failure::Rule(e)
    }
}

impl Game {
    /// A new game, waiting for the home team's defensive decision.
    #[must_use]
    pub fn new(setup: Setup) -> Self {
        let state = GameState::new(&setup);
        Game {
            setup,
            state,
            log: Vec::new(),
            active: Vec::new(),
        }
    }

    /// The setup.
    #[must_use]
    pub fn setup(&self) -> &Setup {
        &self.setup
    }

    /// The current state.
    #[must_use]
    pub fn state(&self) -> &GameState {
        &self.state
    }

    /// The event log so far.
    #[must_use]
    pub fn events(&self) -> &[Event] {
        &self.log
    }

    /// Test support: the state, mutable, to set up a situation directly. Never use it in a
    /// real game: the log would no longer explain the state.
    #[cfg(any(test, feature = "test-support"))]
    pub fn state_mut(&mut self) -> &mut GameState {
        &mut self.state
    }

    /// The pending step.
    #[must_use]
    pub fn step(&self) -> &Step {
        &self.state.step
    }

    /// Check and apply a command, rolling any dice it needs with `dice`. On success the new
    /// event (already applied and appended to the log) is returned; on a refusal nothing
    /// changes.
    pub fn handle(
        &mut self,
        actor: Actor,
        command: Command,
        dice: &mut dyn Dice,
    ) -> Result<&Event, RuleError> {
        let number = self.state.event_no + 1;
        let action = self.action_for(actor, command)?;
        let mut rolls = Vec::new();
        match self.transition(number, actor, &action, &[], Some(dice), &mut rolls) {
            Ok(()) => {}
            Err(Failure::Rule(e)) => return Err(e),
            // Live dice never run out and are always of the asked kind.
            Err(Failure::Corrupt(reason)) => {
                return Err(RuleError::WrongStep {
                    command: reason,
                    step: "a consistent game".into(),
                });
            }
        }
        self.record(Event {
            number,
            actor,
            action,
            dice: rolls,
        });
        Ok(&self.log[self.log.len() - 1])
    }

    /// Fold one recorded event (replay). Errors name the event and leave the game unusable for
    /// further play: rebuild it from a good log instead.
    pub fn apply(&mut self, event: &Event) -> Result<(), ReplayError> {
        let err = |reason: String| ReplayError {
            event_no: event.number,
            reason,
        };
        let expected = self.state.event_no + 1;
        if event.number != expected {
            return Err(err(format!("expected event number {expected}")));
        }
        let mut used = Vec::new();
        match self.transition(
            event.number,
            event.actor,
            &event.action,
            &event.dice,
            None,
            &mut used,
        ) {
            Ok(()) => {}
            Err(Failure::Rule(e)) => {
                return Err(err(format!("the command was refused on replay: {e}")));
            }
            Err(Failure::Corrupt(reason)) => return Err(err(reason)),
        }
        if used.len() != event.dice.len() {
            return Err(err(format!(
                "{} dice recorded, {} used",
                event.dice.len(),
                used.len()
            )));
        }
        self.record(event.clone());
        Ok(())
    }

    /// Append an event to the log and keep the list of events that make the state.
    fn record(&mut self, event: Event) {
        if let Action::Reverted { to, .. } = event.action {
            let log = &self.log;
            self.active.retain(|&i| log[i].number <= to);
        } else {
            self.active.push(self.log.len());
        }
        self.log.push(event);
    }

    /// The state after event `to`: the active events up to it folded from the start (none of
    /// them is a revert, so this never recurses).
    fn state_after(&self, to: u64) -> Result<GameState, Failure> {
        let mut game = Game::new(self.setup.clone());
        for e in self
            .active
            .iter()
            .map(|&i| &self.log[i])
            .filter(|e| e.number <= to)
        {
            let mut used = Vec::new();
            game.transition(e.number, e.actor, &e.action, &e.dice, None, &mut used)?;
        }
        Ok(game.state)
    }

    /// Rebuild a game from its setup and events.
    pub fn replay<'e>(
        setup: Setup,
        events: impl IntoIterator<Item = &'e Event>,
    ) -> Result<Game, ReplayError> {
        let mut game = Game::new(setup);
        for e in events {
            game.apply(e)?;
        }
        Ok(game)
    }

    /// Turn a command into the action to record, or refuse it.
    fn action_for(&self, actor: Actor, command: Command) -> Result<Action, RuleError> {
        if self.state.is_over() {
            return Err(RuleError::GameOver);
        }
        match (&command, actor) {
            (Command::Undo, _) => corrections::undo(&self.state, actor),
            (Command::Dispute, Actor::Team(_)) => corrections::dispute(&self.state),
            (_, Actor::Admin) => Err(RuleError::Forbidden),
            (Command::Concede, Actor::Team(_)) => Ok(Action::Applied { command }),
            (_, Actor::Team(side)) => {
                let expected = self.state.step.side();
                if expected != Some(side) {
                    return Err(RuleError::NotYourTurn { expected });
                }
                if !self.state.step.allowed().contains(&command.name()) {
                    return Err(RuleError::WrongStep {
                        command: command.name().into(),
                        step: step_name(&self.state.step).into(),
                    });
                }
                Ok(Action::Applied { command })
            }
        }
    }

    /// The one transition both `handle` and `apply` run.
    fn transition(
        &mut self,
        number: u64,
        actor: Actor,
        action: &Action,
        recorded: &[Roll],
        live: Option<&mut dyn Dice>,
        used: &mut Vec<Roll>,
    ) -> Result<(), Failure> {
        match action {
            Action::UndoRequested => {
                let Actor::Team(side) = actor else {
                    return Err(RuleError::Forbidden.into());
                };
                self.state.undo_requested = Some(side);
                self.state.event_no = number;
                Ok(())
            }
            Action::Reverted { to, .. } => {
                self.state = self.state_after(*to)?;
                self.state.event_no = number;
                Ok(())
            }
            Action::Applied { command } => {
                let Actor::Team(side) = actor else {
                    return Err(RuleError::Forbidden.into());
                };
                self.command(number, side, command, recorded, live, used)?;
                self.state.undo_requested = None;
                Ok(())
            }
        }
    }

    fn command(
        &mut self,
        number: u64,
        side: Side,
        command: &Command,
        recorded: &[Roll],
        live: Option<&mut dyn Dice>,
        used: &mut Vec<Roll>,
    ) -> Result<(), Failure> {
        let setup = self.setup.clone();
        match command {
            Command::Concede => {
                self.state.event_no = number;
                end_of_game::finish(&mut self.state, Ending::Conceded { by: side });
                return Ok(());
            }
            Command::Substitute { changes } => {
                let plan = substitution::plan(&self.state, &setup, side, changes)?;
                let ph = plan.pinch_hitter();
                substitution::apply(&mut self.state, &setup, plan);
                if ph {
                    self.state.step = Step::Defense {
                        side: self.state.fielding(),
                    };
                }
            }
            Command::SetDefense(d) => {
                let team = self.state.team(side);
                // Defensive batches are checked when made; only an offense's pinch hitter or
                // runner can have left this team's alignment unchecked.
                if team.unchecked {
                    substitution::check_alignment(&setup, team)
                        .map_err(|reason| RuleError::IllegalDefenseAlignment { reason })?;
                }
                if let Some(&b) = d
                    .hold
                    .iter()
                    .find(|&&b| !self.state.bases.occupied(b) || b == Base::Home)
                {
                    return Err(RuleError::IllegalDefense {
                        reason: format!("no runner to hold on {b:?}"),
                    }
                    .into());
                }
                self.state.team_mut(side).unchecked = false;
                self.state.defense = d.clone();
                if d.intentional_walk {
                    self.state.event_no = number;
                    let outcome =
                        crate::advancement::award_first("INTENTIONAL_WALK", &self.state.bases);
                    let mut o = outcome;
                    o.bb = true;
                    o.ibb = true;
                    scoring::apply_outcome(&mut self.state, &setup, o);
                    return Ok(());
                }
                self.state.step = Step::Offense {
                    side: self.state.batting(),
                };
            }
            Command::SetOffense { decision } => {
                check_offense(&self.state, decision)?;
                self.state.offense = decision.clone();
                if matches!(decision, OffenseDecision::Steal { .. }) {
                    self.state.event_no = number;
                    self.state.play = Some(PlayInProgress {
                        kind: PlayKind::Steal,
                        ..PlayInProgress::default()
                    });
                    return self.run(recorded, live, used);
                }
                self.state.step = Step::Roll { side };
            }
            Command::Roll => {
                self.state.disputable = None;
                self.state.event_no = number;
                self.state.play = Some(PlayInProgress::default());
                return self.run(recorded, live, used);
            }
            Command::SubmitResult { result } => {
                if !result.fielder_is_valid() {
                    let position = result.fielder().unwrap_or(crate::ids::Position::DH);
                    return Err(RuleError::InvalidFielder { position }.into());
                }
                if let Some(play) = self.state.play.as_mut() {
                    play.manual_result = Some(*result);
                }
                // The at-bat roll that this result answers may be disputed until the next roll.
                self.state.disputable = Some(number - 1).filter(|_| self.state.play.is_some());
                self.state.event_no = number;
                return self.run(recorded, live, used);
            }
            Command::EnterRating {
                player,
                kind,
                value,
            } => {
                let Step::Rating {
                    player: want,
                    kind: want_kind,
                    ..
                } = self.state.step.clone()
                else {
                    return Err(RuleError::InvalidChoice.into());
                };
                if want != *player || want_kind != *kind {
                    return Err(RuleError::InvalidRating {
                        value: *value,
                        reason: format!("the game asks for {want_kind:?} of {want}"),
                    }
                    .into());
                }
                let range = kind.range();
                if !range.contains(value) {
                    return Err(RuleError::InvalidRating {
                        value: *value,
                        reason: format!("must be within {}..={}", range.start(), range.end()),
                    }
                    .into());
                }
                self.state.ratings.insert(*player, *kind, *value);
                self.state.event_no = number;
                return self.run(recorded, live, used);
            }
            Command::Decide { choice } => {
                let Step::Decision { question, .. } = self.state.step else {
                    return Err(RuleError::InvalidChoice.into());
                };
                if !question.choices().contains(choice) {
                    return Err(RuleError::InvalidChoice.into());
                }
                if let Some(play) = self.state.play.as_mut() {
                    play.answers.push(*choice);
                }
                self.state.event_no = number;
                return self.run(recorded, live, used);
            }
            Command::Dispute | Command::Undo => {}
        }
        self.state.event_no = number;
        Ok(())
    }

    /// Resolve the play in progress from its start with its dice so far, this event's dice and
    /// (live) fresh dice; apply the outcome or wait for the next input.
    fn run(
        &mut self,
        recorded: &[Roll],
        live: Option<&mut dyn Dice>,
        used: &mut Vec<Roll>,
    ) -> Result<(), Failure> {
        let Some(play) = self.state.play.clone() else {
            return Err(Failure::Corrupt("no play in progress".into()));
        };
        let mut rolls = play.dice.clone();
        let known = rolls.len();
        rolls.extend_from_slice(recorded);
        let mut tape = Tape::new(rolls, live);
        let result = {
            let mut ctx = Ctx::new(
                &self.setup,
                &self.state,
                &mut tape,
                &play.answers,
                play.manual_result,
            );
            run_play(&mut ctx, play.kind)
        };
        let consumed = tape.consumed();
        let all = tape.rolls;
        used.extend_from_slice(all.get(known..consumed).unwrap_or_default());
        match result {
            Ok(outcome) => {
                self.finish_play(outcome);
                Ok(())
            }
            Err(Suspend::Need(step)) => {
                if let Some(p) = self.state.play.as_mut() {
                    p.dice = all[..consumed].to_vec();
                }
                self.state.step = step;
                Ok(())
            }
            Err(Suspend::Corrupt(reason)) => Err(Failure::Corrupt(reason)),
        }
    }

    fn finish_play(&mut self, outcome: Outcome) {
        let setup = self.setup.clone();
        let manual = self
            .state
            .play
            .as_ref()
            .is_some_and(|p| p.manual_result.is_some());
        self.state.play = None;
        if !manual {
            self.state.disputable = None;
        }
        scoring::apply_outcome(&mut self.state, &setup, outcome);
    }
}

/// Rules §2.3: the offensive decision must fit the bases.
fn check_offense(state: &GameState, decision: &OffenseDecision) -> Result<(), RuleError> {
    let bases = &state.bases;
    let bad = |reason: &str| {
        Err(RuleError::IllegalOffense {
            reason: reason.into(),
        })
    };
    match decision {
        OffenseDecision::Swing | OffenseDecision::BuntForHit => Ok(()),
        OffenseDecision::Steal { runners } => {
            if runners.is_empty() {
                return bad("name the runners who steal");
            }
            for (i, &b) in runners.iter().enumerate() {
                if runners[..i].contains(&b) {
                    return bad("a runner is named twice");
                }
                if b == Base::Third || b == Base::Home {
                    return bad("only runners on first and second may steal");
                }
                if !bases.occupied(b) {
                    return Err(RuleError::NoRunner { base: b });
                }
                let target = b.plus(1);
                if bases.occupied(target) && !runners.contains(&target) {
                    return bad("a runner may not steal an occupied base");
                }
            }
            Ok(())
        }
        OffenseDecision::HitAndRun => {
            if crate::bunt::hit_and_run_runners(bases).is_empty() {
                bad("a hit-and-run needs a runner on first or second with an open base ahead")
            } else {
                Ok(())
            }
        }
        OffenseDecision::SacBunt => {
            if bases.is_empty() {
                bad("a sacrifice needs a runner to advance")
            } else {
                Ok(())
            }
        }
        OffenseDecision::Squeeze => {
            if bases.occupied(Base::Third) {
                Ok(())
            } else {
                bad("a squeeze needs a runner on third")
            }
        }
    }
}

fn step_name(step: &Step) -> &'static str {
    match step {
        Step::Defense { .. } => "defense",
        Step::Offense { .. } => "offense",
        Step::Roll { .. } => "roll",
        Step::CardResult { .. } => "card_result",
        Step::Rating { .. } => "rating",
        Step::Decision { .. } => "decision",
        Step::GameOver => "game_over",
    }
}
