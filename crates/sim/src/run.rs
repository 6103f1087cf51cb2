//! Playing games: the computer manager answers every step for both sides; the engine rolls
//! with a seeded generator, so `--seed` reproduces every game.

use crate::stats::Ledger;
use engine_core::box_score::{BoxScore, box_score};
use engine_core::manager::ComputerManager;
use engine_core::{Actor, Game, SeededDice, Setup, Side};
use serde::Serialize;

/// Why a simulated game could not be played to the end.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    /// The computer manager had no answer for a pending step.
    #[error("game {game}: the computer manager has no command for {step}")]
    NoCommand {
        /// Game number.
        game: u64,
        /// The step, debug-printed.
        step: String,
    },
    /// The engine refused a command the computer manager chose.
    #[error("game {game}: the engine refused {command}: {error}")]
    Refused {
        /// Game number.
        game: u64,
        /// The command, debug-printed.
        command: String,
        /// The rule error.
        error: engine_core::RuleError,
    },
    /// A game did not end within the event limit.
    #[error("game {game} did not end within {limit} events")]
    TooLong {
        /// Game number.
        game: u64,
        /// The limit.
        limit: usize,
    },
}

/// Event limit per game (a 9-inning auto game takes a few hundred).
pub const MAX_EVENTS: usize = 100_000;

/// The seed of game `n` of a run seeded with `seed`.
#[must_use]
pub fn game_seed(seed: u64, n: u64) -> u64 {
    seed.wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(n.wrapping_mul(0xD1B5_4A32_D192_ED03))
}

/// Play one game to the end with the computer manager on both sides.
pub fn play_game(
    setup: Setup,
    n: u64,
    seed: u64,
    manager: &ComputerManager,
) -> Result<Game, SimError> {
    let mut game = Game::new(setup);
    let mut dice = SeededDice::new(seed);
    let mut manager_dice = SeededDice::new(seed ^ 0x4D41_4E41_4745_5221);
    for _ in 0..MAX_EVENTS {
        let Some(side) = game.step().side() else {
            return Ok(game);
        };
        let Some(command) = manager.command(&game, side, &mut manager_dice) else {
            return Err(SimError::NoCommand {
                game: n,
                step: format!("{:?}", game.step()),
            });
        };
        if let Err(error) = game.handle(Actor::Team(side), command.clone(), &mut dice) {
            return Err(SimError::Refused {
                game: n,
                command: format!("{command:?}"),
                error,
            });
        }
    }
    Err(SimError::TooLong {
        game: n,
        limit: MAX_EVENTS,
    })
}

/// One finished game as reported by `--json`.
#[derive(Clone, Debug, Serialize)]
pub struct GameSummary {
    /// Game number (0-based).
    pub game: u64,
    /// Its seed (replay it with the same setup).
    pub seed: u64,
    /// Runs per inning, away then home.
    pub line_score: [Vec<u16>; 2],
    /// The box score.
    pub box_score: BoxScore,
}

/// What a run produced.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Aggregate batting per team.
    pub ledger: Ledger,
    /// Wins per side.
    pub wins: [u64; 2],
    /// Finished games kept for output (`--json`, `--box`, `--retrosheet`).
    pub games: Vec<(u64, u64, Game)>,
}

impl Outcome {
    /// Summaries of the kept games.
    #[must_use]
    pub fn summaries(&self) -> Vec<GameSummary> {
        self.games
            .iter()
            .map(|(n, seed, g)| GameSummary {
                game: *n,
                seed: *seed,
                line_score: g.state().line.clone(),
                box_score: box_score(g),
            })
            .collect()
    }
}

/// Play `games` games; `keep` keeps each finished game for output; `progress` is called after
/// each game with the number done.
pub fn run(
    setup: &Setup,
    games: u64,
    seed: u64,
    keep: bool,
    manager: &ComputerManager,
    mut progress: impl FnMut(u64),
) -> Result<Outcome, SimError> {
    let mut out = Outcome::default();
    for n in 0..games {
        let s = game_seed(seed, n);
        let game = play_game(setup.clone(), n, s, manager)?;
        out.ledger.add_game(&game.state().plays);
        if let Some(w) = game.state().winner() {
            out.wins[w.index()] += 1;
        }
        if keep {
            out.games.push((n, s, game));
        }
        progress(n + 1);
    }
    Ok(out)
}

/// The side name for printing.
#[must_use]
pub fn side_name(side: Side) -> &'static str {
    match side {
        Side::Away => "away",
        Side::Home => "home",
    }
}
