//! Recovery: a game's state is a fold of its log. [`rebuild`] replays the whole log;
//! [`rebuild_from_snapshot`] starts from the latest snapshot and replays what follows it;
//! [`load_log`] hands the decoded events to a replay function that wants them all at once
//! (such as the engine's `Game::replay(&setup, &events)`). Each checks that numbers are
//! contiguous and decodes every event with its game and number named in any error.

use crate::error::StoreError;
use crate::model::{EventNo, GameId, LogEvent, StoredEvent};
use crate::store::EventReader;
use serde::de::DeserializeOwned;

/// The game's events numbered `from` and up, decoded and checked to be contiguous.
pub async fn load_log<R, E>(store: &R, game_id: GameId, from: EventNo) -> Result<Vec<E>, StoreError>
where
    R: EventReader,
    E: LogEvent,
{
    let stored = store.load_events(game_id, from).await?;
    decoded(game_id, from.max(1), &stored)
        .map(|e| e.map(|(_, event)| event))
        .collect()
}

/// Rebuilds a game's state by folding `apply` over its whole log, starting from `init()`.
pub async fn rebuild<R, S, E>(
    store: &R,
    game_id: GameId,
    init: impl FnOnce() -> S,
    apply: impl FnMut(&mut S, &E) -> Result<(), String>,
) -> Result<S, StoreError>
where
    R: EventReader,
    E: LogEvent,
{
    let events = store.load_events(game_id, 1).await?;
    fold(game_id, init(), 1, &events, apply)
}

/// Rebuilds a game's state from its latest snapshot (or `init()` when there is none) and the
/// events after it. Returns the state and the number of the last event folded into it.
pub async fn rebuild_from_snapshot<R, S, E>(
    store: &R,
    game_id: GameId,
    init: impl FnOnce() -> S,
    apply: impl FnMut(&mut S, &E) -> Result<(), String>,
) -> Result<(S, EventNo), StoreError>
where
    R: EventReader,
    S: DeserializeOwned,
    E: LogEvent,
{
    let (state, after) = match store.latest_snapshot(game_id).await? {
        Some(snapshot) => {
            let state =
                S::deserialize(&snapshot.state).map_err(|e| StoreError::CorruptSnapshot {
                    game_id,
                    event_no: snapshot.event_no,
                    reason: e.to_string(),
                })?;
            (state, snapshot.event_no)
        }
        None => (init(), 0),
    };
    let events = store.load_events(game_id, after + 1).await?;
    let last = events.last().map_or(after, |e| e.event_no);
    Ok((fold(game_id, state, after + 1, &events, apply)?, last))
}

fn fold<S, E: LogEvent>(
    game_id: GameId,
    mut state: S,
    first: EventNo,
    events: &[StoredEvent],
    mut apply: impl FnMut(&mut S, &E) -> Result<(), String>,
) -> Result<S, StoreError> {
    for item in decoded(game_id, first, events) {
        let (event_no, event) = item?;
        apply(&mut state, &event).map_err(|reason| StoreError::Replay {
            game_id,
            event_no,
            reason,
        })?;
    }
    Ok(state)
}

/// Decodes events in order, failing on the first gap, repeat or undecodable payload.
fn decoded<E: LogEvent>(
    game_id: GameId,
    first: EventNo,
    events: &[StoredEvent],
) -> impl Iterator<Item = Result<(EventNo, E), StoreError>> {
    (first..).zip(events).map(move |(expected, stored)| {
        if stored.event_no != expected {
            return Err(StoreError::BrokenLog {
                game_id,
                expected,
                found: stored.event_no,
            });
        }
        Ok((stored.event_no, stored.decode()?))
    })
}
