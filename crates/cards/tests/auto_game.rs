//! Whole auto games (rules §2.6) between two teams of league-average PD cards: the engine reads
//! every card itself, so a game never waits on a card result or a rating, plays to the end,
//! and its event log replays to the same state.

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "a test crate: a panic is a failed test"
)]

use cards::league_average_team;
use engine_core::box_score::box_score;
use engine_core::testing::{check_invariants, random_command};
use engine_core::{Game, GameSetup, Purpose, SeededDice, Setup, Step};

fn setup() -> Setup {
    let raw = GameSetup {
        league: league_config::pd().expect("the PD preset loads"),
        result_entry: None,
        ballpark: None,
        away: league_average_team("AWY", 100).expect("average cards validate"),
        home: league_average_team("HOM", 200).expect("average cards validate"),
    };
    Setup::try_from(raw).expect("the league-average auto setup is legal")
}

/// Plays a game: random legal defense, offense and decision commands; rolls when asked.
fn play(seed: u64) -> Game {
    let mut game = Game::new(setup());
    let mut dice = SeededDice::new(seed);
    let mut picker = SeededDice::new(seed ^ 0x5EED);
    for _ in 0..20_000 {
        let step = game.step().clone();
        assert!(
            !matches!(step, Step::CardResult { .. } | Step::Rating { .. }),
            "an auto game waited on {step:?}"
        );
        let Some((actor, command)) = random_command(&game, &mut picker) else {
            break;
        };
        if let Err(e) = game.handle(actor, command.clone(), &mut dice) {
            panic!("refused {command:?} at {step:?}: {e}");
        }
        if let Err(e) = check_invariants(&game) {
            panic!("{e}");
        }
    }
    game
}

#[test]
fn auto_games_play_to_the_end_without_card_or_rating_steps() {
    let mut located = 0usize;
    for seed in 0..12u64 {
        let game = play(seed);
        assert!(
            game.state().is_over(),
            "seed {seed}: the game did not finish"
        );
        assert!(matches!(game.step(), Step::GameOver));
        located += game
            .events()
            .iter()
            .flat_map(|e| &e.dice)
            .filter(|r| r.purpose == Purpose::Location && r.sides == 100)
            .count();
        let b = box_score(&game);
        for team in [&b.away, &b.home] {
            let (left, right) = team.proof();
            assert_eq!(left, right, "seed {seed}: box-score proof");
        }
    }
    assert!(located > 100, "hit-location dice are recorded: {located}");
}

#[test]
fn an_auto_game_replays_to_the_same_state() {
    for seed in [7u64, 2026] {
        let game = play(seed);
        let replayed = Game::replay(setup(), game.events()).expect("the log replays");
        assert_eq!(replayed.state(), game.state(), "seed {seed}");
        // Also through JSON, as persistence stores it.
        let json = serde_json::to_string(game.events()).expect("events serialize");
        let events: Vec<engine_core::Event> = serde_json::from_str(&json).expect("deserialize");
        let setup_json = serde_json::to_string(game.setup()).expect("setup serializes");
        let setup: Setup = serde_json::from_str(&setup_json).expect("setup deserializes");
        let again = Game::replay(setup, &events).expect("the JSON log replays");
        assert_eq!(again.state(), game.state(), "seed {seed} through JSON");
    }
}
