//! Events as the log stores them: a kind, a version and a JSON payload (which carries every
//! die), grouped into the batch that one command produced.

use super::ids::{EventNo, GameId};
use crate::error::StoreError;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::ops::RangeInclusive;

/// An event type that can live in the log. The rules engine's `Event` implements this.
pub trait LogEvent: Serialize + DeserializeOwned {
    /// The payload version this build writes; bump it when the payload's shape changes.
    const VERSION: i32;

    /// The event's kind, a stable name such as `"plate_appearance_resolved"`.
    fn kind(&self) -> &str;

    /// Turns a stored payload of another `version` into the current shape; called only when
    /// `version != Self::VERSION`. The default refuses, and the error says why.
    fn upcast(kind: &str, version: i32, payload: &Value) -> Result<Value, String> {
        let _ = payload;
        Err(format!(
            "unsupported version {version} of `{kind}` (this build reads {})",
            Self::VERSION
        ))
    }
}

/// One event to append, already encoded.
#[derive(Clone, Debug, PartialEq)]
pub struct NewEvent {
    /// The event's kind (see [`LogEvent::kind`]).
    pub kind: String,
    /// The payload version (see [`LogEvent::VERSION`]).
    pub version: i32,
    /// The event itself, dice included.
    pub payload: Value,
}

impl NewEvent {
    /// Encodes a typed event.
    pub fn encode<E: LogEvent>(event: &E) -> Result<Self, StoreError> {
        let payload = serde_json::to_value(event).map_err(StoreError::Encode)?;
        Ok(NewEvent {
            kind: event.kind().to_owned(),
            version: E::VERSION,
            payload,
        })
    }
}

/// The events one command produced, appended together or not at all.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Batch {
    /// The client's command id: a retry with the same id is answered from the log.
    pub command_id: Option<String>,
    /// Who caused the events (a user, the computer manager, the server), free-form.
    pub actor: Option<String>,
    /// The events, in order; never empty.
    pub events: Vec<NewEvent>,
}

impl Batch {
    /// Encodes typed events into a batch with no command id and no actor.
    pub fn of<E: LogEvent>(events: &[E]) -> Result<Self, StoreError> {
        let events = events
            .iter()
            .map(NewEvent::encode)
            .collect::<Result<_, _>>()?;
        Ok(Batch {
            command_id: None,
            actor: None,
            events,
        })
    }

    /// Sets the client command id.
    #[must_use]
    pub fn with_command(mut self, command_id: impl Into<String>) -> Self {
        self.command_id = Some(command_id.into());
        self
    }

    /// Sets the actor.
    #[must_use]
    pub fn with_actor(mut self, actor: impl Into<String>) -> Self {
        self.actor = Some(actor.into());
        self
    }

    /// Whether stored events are exactly this batch (same kinds, versions, payloads, actor).
    pub(crate) fn matches(&self, stored: &[StoredEvent]) -> bool {
        stored.len() == self.events.len()
            && stored.iter().zip(&self.events).all(|(old, new)| {
                old.kind == new.kind
                    && old.version == new.version
                    && old.payload == new.payload
                    && old.actor == self.actor
            })
    }
}

/// The result of an append: the numbers the batch's events got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Appended {
    /// The number of the batch's first event.
    pub first: EventNo,
    /// The number of the batch's last event: the game's last event number after the append.
    pub last: EventNo,
    /// True when this was a retry of a command already in the log, and nothing was written.
    pub duplicate: bool,
}

impl Appended {
    /// The event numbers of the batch.
    #[must_use]
    pub fn numbers(&self) -> RangeInclusive<EventNo> {
        self.first..=self.last
    }
}

/// One game's batch in a group commit (see [`crate::EventAppender::append_group`]).
#[derive(Clone, Debug, PartialEq)]
pub struct PendingAppend {
    /// The game.
    pub game_id: GameId,
    /// The last event number the writer saw.
    pub expected_last_no: EventNo,
    /// The events.
    pub batch: Batch,
}

/// An event read back from the log.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredEvent {
    /// The game it belongs to.
    pub game_id: GameId,
    /// Its number in the game, from 1.
    pub event_no: EventNo,
    /// The number of the first event of the batch it was appended in.
    pub batch_first_no: EventNo,
    /// Its kind.
    pub kind: String,
    /// Its payload version.
    pub version: i32,
    /// Its payload.
    pub payload: Value,
    /// Who caused it.
    pub actor: Option<String>,
    /// The client command id; only on the first event of a batch.
    pub command_id: Option<String>,
    /// When it was committed.
    pub created_at: DateTime<Utc>,
}

impl StoredEvent {
    /// Decodes the payload into a typed event, upcasting old versions. A payload that does not
    /// fit gives [`StoreError::CorruptEvent`] naming the game and event number.
    pub fn decode<E: LogEvent>(&self) -> Result<E, StoreError> {
        let corrupt = |reason: String| StoreError::CorruptEvent {
            game_id: self.game_id,
            event_no: self.event_no,
            kind: self.kind.clone(),
            reason,
        };
        let event: E = if self.version == E::VERSION {
            E::deserialize(&self.payload).map_err(|e| corrupt(e.to_string()))?
        } else {
            let payload = E::upcast(&self.kind, self.version, &self.payload).map_err(corrupt)?;
            serde_json::from_value(payload).map_err(|e| corrupt(e.to_string()))?
        };
        if event.kind() != self.kind {
            return Err(corrupt(format!("payload is a `{}` event", event.kind())));
        }
        Ok(event)
    }
}

/// A game's state after a given event, stored to shorten recovery.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// The game.
    pub game_id: GameId,
    /// The last event folded into `state`.
    pub event_no: EventNo,
    /// The serialized state.
    pub state: Value,
    /// When it was saved.
    pub created_at: DateTime<Utc>,
}
