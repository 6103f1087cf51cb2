//! The rules engine's games on the store: `engine_core::Event` is the log's event type, the
//! validated setup is kept in the game row, and a game is recovered by replaying its log
//! through `engine_core::Game::replay` with the recorded dice.

use crate::error::StoreError;
use crate::model::{Appended, Batch, GameId, GameMode, LogEvent, NewGame};
use crate::recovery::load_log;
use crate::store::{EventAppender, EventReader, GameRepository};
use engine_core::league::ResultEntry;
use engine_core::{Event, Game, GameSetup, Setup};

impl LogEvent for Event {
    const VERSION: i32 = 1;

    fn kind(&self) -> &str {
        Event::kind(self)
    }
}

/// A catalogue entry for an engine game: its league, mode, rules and setup are taken from the
/// validated setup (so the rules in force are frozen with the game).
pub fn new_game(
    id: GameId,
    setup: &Setup,
    away_team_id: i64,
    home_team_id: i64,
) -> Result<NewGame, StoreError> {
    let mode = match setup.result_entry() {
        ResultEntry::Manual => GameMode::Manual,
        ResultEntry::Auto => GameMode::Auto,
    };
    Ok(NewGame {
        id,
        league: setup.league().name.to_lowercase(),
        mode,
        away_team_id,
        home_team_id,
        away_manager: None,
        home_manager: None,
        rules: serde_json::to_value(&setup.league().rules).map_err(StoreError::Encode)?,
        setup: serde_json::to_value(setup).map_err(StoreError::Encode)?,
    })
}

/// Append one engine event (the result of one accepted command) with optimistic concurrency on
/// its number: the log must end at `event.number − 1`.
pub async fn append_event<S: EventAppender>(
    store: &S,
    game_id: GameId,
    event: &Event,
    command_id: Option<&str>,
) -> Result<Appended, StoreError> {
    let mut batch = Batch::of(std::slice::from_ref(event))?.with_actor(actor_name(event));
    if let Some(id) = command_id {
        batch = batch.with_command(id);
    }
    store
        .append(game_id, event.number.saturating_sub(1), &batch)
        .await
}

fn actor_name(event: &Event) -> String {
    match event.actor {
        engine_core::Actor::Team(side) => format!("{side:?}").to_lowercase(),
        engine_core::Actor::Admin => "admin".into(),
    }
}

/// Recover a game: its setup from the catalogue and its state by replaying its whole log.
/// A corrupt setup, a corrupt payload or an event the engine cannot replay is a typed error
/// naming the game (and the event), never a panic or a different game.
pub async fn load_game<S: EventReader + GameRepository>(
    store: &S,
    game_id: GameId,
) -> Result<Game, StoreError> {
    let record = store
        .game(game_id)
        .await?
        .ok_or(StoreError::GameNotFound(game_id))?;
    let raw: GameSetup =
        serde_json::from_value(record.game.setup.clone()).map_err(|e| StoreError::CorruptRow {
            table: "games",
            reason: format!("game {game_id}: setup: {e}"),
        })?;
    let setup = Setup::try_from(raw).map_err(|e| StoreError::CorruptRow {
        table: "games",
        reason: format!("game {game_id}: {e}"),
    })?;
    let events: Vec<Event> = load_log(store, game_id, 1).await?;
    Game::replay(setup, &events).map_err(|e| StoreError::Replay {
        game_id,
        event_no: e.event_no,
        reason: e.reason,
    })
}
