//! # engine-core
//!
//! A pure, deterministic rules engine for Strat-O-Matic-style card baseball as the SBA and PD
//! leagues play it (`shared/spec/rules.md`). No I/O, no async, no clock, no global state:
//! randomness enters only through the [`Dice`] trait, and every die is recorded in the event
//! that used it.
//!
//! The shape is command in, event out, state by folding events:
//!
//! * [`Setup::try_from`] validates a [`GameSetup`] (league, lineups, players) and reports every
//!   problem at once.
//! * [`Game::handle`] checks a [`Command`] from an [`Actor`] against the pending [`Step`],
//!   rolls what it needs and appends one [`Event`]; a refused command returns a [`RuleError`]
//!   and changes nothing.
//! * [`Game::replay`] rebuilds the same game from the setup and the events, reading the
//!   recorded dice and never rolling.
//! * [`box_score`] turns the play log into box scores; [`decisions`] credits W/L/S/H.
//!
//! ```
//! use engine_core::testing::sample_setup;
//! use engine_core::league::ResultEntry;
//! use engine_core::{Actor, CardResult, Command, DefenseDecision, Game, OffenseDecision, SeededDice, Side, Step};
//!
//! let league = league_config::sba().expect("the SBA preset");
//! let setup = sample_setup(league, ResultEntry::Manual, true); // any validated `Setup`
//! let mut game = Game::new(setup.clone());
//! let mut dice = SeededDice::new(7); // live games use `OsDice`
//! game.handle(Actor::Team(Side::Home), Command::SetDefense(DefenseDecision::default()), &mut dice)?;
//! game.handle(Actor::Team(Side::Away), Command::SetOffense { decision: OffenseDecision::Swing }, &mut dice)?;
//! game.handle(Actor::Team(Side::Away), Command::Roll, &mut dice)?;
//! // Manual mode: the owner of the rolled card submits what it says.
//! if let Step::CardResult { side, .. } = game.step().clone() {
//!     game.handle(Actor::Team(side), Command::SubmitResult { result: CardResult::Single1 }, &mut dice)?;
//! }
//! // The wrong side is refused and nothing changes.
//! assert!(game.handle(Actor::Team(Side::Away), Command::Roll, &mut dice).is_err());
//! // The log rebuilds the same state without rolling.
//! let replayed = Game::replay(setup, game.events()).expect("replays");
//! assert_eq!(replayed.state(), game.state());
//! # Ok::<(), engine_core::RuleError>(())
//! ```
//!
//! Module names follow the rulebook: `groundball` is rules §6, `x_check` §7, `running_game`
//! §8, and so on (docs/rules-coverage.md maps every section).

pub mod advancement;
pub mod auto;
pub mod bases;
pub mod box_score;
pub mod bunt;
pub mod card_result;
pub mod command;
pub mod corrections;
pub mod decisions;
pub mod dice;
pub mod digital_card;
pub mod end_of_game;
pub mod error;
pub mod event;
pub mod fatigue;
pub mod game;
pub mod groundball;
pub mod hit_location;
pub mod ids;
pub mod league;
pub mod manager;
mod outcome;
pub mod plate_appearance;
pub mod play_record;
pub mod ratings;
mod resolve;
pub mod running_game;
pub mod scoring;
pub mod setup;
pub mod slots;
pub mod state;
pub mod step;
pub mod substitution;
#[cfg(any(test, feature = "test-support"))]
pub mod testing;
pub mod x_check;

pub use bases::{Bases, Runner};
pub use card_result::CardResult;
pub use command::{
    Actor, Change, Command, DefenseDecision, InfieldDepth, OffenseDecision, OutfieldDepth,
};
#[cfg(feature = "os-dice")]
pub use dice::OsDice;
pub use dice::{Dice, Purpose, Roll, SeededDice};
pub use digital_card::{BattingSideTable, DigitalBattingCard, DigitalPitchingCard};
pub use error::{ReplayError, RuleError};
pub use event::{Action, Event, RevertReason};
pub use game::Game;
pub use hit_location::{LocationCharts, Spray};
pub use ids::{Base, Grade, Half, Hand, PlayerId, Position, Side};
pub use league::League;
pub use manager::{ComputerManager, ManagerConfig};
pub use play_record::PlayRecord;
pub use ratings::{RatingKind, Ratings};
pub use setup::{GameSetup, LineupEntry, PlayerSetup, Setup, SetupError, SetupProblem, TeamSetup};
pub use slots::{SlotResult, SlotTable};
pub use state::GameState;
pub use step::{Choice, Question, Step};
#[cfg(test)]
mod rule_tests;
