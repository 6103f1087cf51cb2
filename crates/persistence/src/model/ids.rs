//! Identifiers: games are UUIDs (any node can create one), users are database numbers, and
//! event numbers count from 1 per game.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

/// The number of an event within its game: the first event is 1, and 0 means "no event yet".
pub type EventNo = u64;

/// A game's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GameId(pub Uuid);

impl GameId {
    /// A new random (version 4) id.
    #[must_use]
    pub fn random() -> Self {
        GameId(Uuid::new_v4())
    }
}

impl fmt::Display for GameId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A user's id, assigned by the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UserId(pub i64);

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
