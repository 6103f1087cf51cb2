//! Rules §2.7 Resolution: the context every resolution procedure runs in. A play is resolved by
//! a plain function of the state, the dice and the answers so far; when it needs a die it asks
//! the `Tape` (recorded dice first, then live ones), when it needs a rating or a decision it
//! either finds it or suspends with the pending step. On the next answer the play is resolved
//! again from its start with the same dice, so resolution is deterministic and replayable.

use crate::card_result::CardResult;
use crate::dice::{Dice, Purpose, Roll};
use crate::ids::{PlayerId, Position, Side};
use crate::league::League;
use crate::ratings::RatingKind;
use crate::setup::Setup;
use crate::state::GameState;
use crate::step::{Choice, Question, Step};

/// Why resolution stopped before an outcome.
#[derive(Debug)]
pub(crate) enum Suspend {
    /// The game must wait for this step.
    Need(Step),
    /// The recorded dice do not fit the play (a corrupt log).
    Corrupt(String),
}

/// A resolution result.
pub(crate) type R<T> = Result<T, Suspend>;

/// Recorded dice followed, in a live game, by fresh ones.
pub(crate) struct Tape<'d> {
    pub rolls: Vec<Roll>,
    pos: usize,
    live: Option<&'d mut dyn Dice>,
}

impl<'d> Tape<'d> {
    pub fn new(rolls: Vec<Roll>, live: Option<&'d mut dyn Dice>) -> Self {
        Tape {
            rolls,
            pos: 0,
            live,
        }
    }

    /// How many dice the play has read so far.
    pub fn consumed(&self) -> usize {
        self.pos
    }

    fn roll(&mut self, purpose: Purpose, sides: u8) -> R<u8> {
        if let Some(r) = self.rolls.get(self.pos) {
            if r.purpose != purpose || r.sides != sides || r.value == 0 || r.value > sides {
                return Err(Suspend::Corrupt(format!(
                    "recorded die {:?} d{} = {} where a {purpose:?} d{sides} was expected",
                    r.purpose, r.sides, r.value
                )));
            }
            self.pos += 1;
            return Ok(r.value);
        }
        let Some(live) = self.live.as_mut() else {
            return Err(Suspend::Corrupt(format!(
                "no recorded die for {purpose:?} d{sides}"
            )));
        };
        let value = live.roll(sides);
        self.rolls.push(Roll {
            purpose,
            sides,
            value,
        });
        self.pos += 1;
        Ok(value)
    }
}

/// Everything a resolution procedure may read, plus the dice and answers.
pub(crate) struct Ctx<'a, 'd> {
    pub setup: &'a Setup,
    pub state: &'a GameState,
    pub tape: &'a mut Tape<'d>,
    answers: &'a [Choice],
    next_answer: usize,
    /// Manual mode: the card result the owner submitted for this play.
    pub manual_result: Option<CardResult>,
}

impl<'a, 'd> Ctx<'a, 'd> {
    pub fn new(
        setup: &'a Setup,
        state: &'a GameState,
        tape: &'a mut Tape<'d>,
        answers: &'a [Choice],
        manual_result: Option<CardResult>,
    ) -> Self {
        Ctx {
            setup,
            state,
            tape,
            answers,
            next_answer: 0,
            manual_result,
        }
    }

    pub fn league(&self) -> &'a League {
        self.setup.league()
    }

    /// Roll one die.
    pub fn roll(&mut self, purpose: Purpose, sides: u8) -> R<u8> {
        self.tape.roll(purpose, sides)
    }

    /// Roll a d20.
    pub fn d20(&mut self, purpose: Purpose) -> R<u8> {
        self.roll(purpose, 20)
    }

    /// A player's rating: from the setup's cards, or typed in during the game, or else the
    /// game waits for the manager who holds the card.
    pub fn rating(&self, player: PlayerId, kind: RatingKind) -> R<i16> {
        if let Some(v) = self
            .state
            .ratings
            .get(player, kind)
            .or_else(|| self.setup.ratings().get(player, kind))
        {
            return Ok(v);
        }
        let side = self
            .setup
            .player(player)
            .map_or(self.state.fielding(), |(s, _)| s);
        Err(Suspend::Need(Step::Rating { side, player, kind }))
    }

    /// The next answer to `question`, asked of `side`.
    pub fn ask(&mut self, side: Side, question: Question) -> R<Choice> {
        match self.answers.get(self.next_answer) {
            Some(&c) => {
                self.next_answer += 1;
                if question.choices().contains(&c) {
                    Ok(c)
                } else {
                    Err(Suspend::Corrupt(format!(
                        "answer {c:?} does not fit {question:?}"
                    )))
                }
            }
            None => Err(Suspend::Need(Step::Decision { side, question })),
        }
    }

    /// The fielder at a position for the fielding team.
    pub fn fielder(&self, pos: Position) -> PlayerId {
        let team = self.state.team(self.state.fielding());
        team.at(pos).unwrap_or_else(|| team.pitcher())
    }

    /// The batting side.
    pub fn offense(&self) -> Side {
        self.state.batting()
    }

    /// The fielding side.
    pub fn defense(&self) -> Side {
        self.state.fielding()
    }
}
