//! Games as the catalogue knows them: who plays, under which rules, in which state, and the
//! final result once finished.

use super::ids::{EventNo, GameId, UserId};
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::str::FromStr;

/// Who drives a game.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GameMode {
    /// Managers make the decisions.
    Manual,
    /// The computer plays it out.
    Auto,
}

/// Where a game is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GameStatus {
    /// Created, waiting for lineups or managers.
    Pending,
    /// Being played.
    Active,
    /// Over, with a result.
    Finished,
    /// Given up before the end.
    Abandoned,
}

macro_rules! string_enum {
    ($ty:ty { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            /// The stable name stored in the database.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $name),+ }
            }
        }

        impl FromStr for $ty {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($name => Ok(Self::$variant),)+
                    other => Err(format!("unknown {} `{other}`", stringify!($ty))),
                }
            }
        }
    };
}

string_enum!(GameMode { Manual => "manual", Auto => "auto" });
string_enum!(GameStatus {
    Pending => "pending",
    Active => "active",
    Finished => "finished",
    Abandoned => "abandoned",
});

/// A game to create. It starts [`GameStatus::Pending`] with an empty log.
#[derive(Clone, Debug, PartialEq)]
pub struct NewGame {
    /// Its id, chosen by the caller (see [`GameId::random`]).
    pub id: GameId,
    /// The league preset, e.g. `"sba"` or `"pd"`.
    pub league: String,
    /// Who drives it.
    pub mode: GameMode,
    /// The visitors' team id in the league.
    pub away_team_id: i64,
    /// The home team's id in the league.
    pub home_team_id: i64,
    /// The visitors' manager, if a user.
    pub away_manager: Option<UserId>,
    /// The home manager, if a user.
    pub home_manager: Option<UserId>,
    /// The rules in force, frozen at creation so that a later preset change cannot alter it.
    pub rules: Value,
    /// The setup its log starts from (lineups, cards, seed material).
    pub setup: Value,
}

/// A stored game.
#[derive(Clone, Debug, PartialEq)]
pub struct GameRecord {
    /// Everything it was created with.
    pub game: NewGame,
    /// Where it is in its life.
    pub status: GameStatus,
    /// The number of its last event (0 when the log is empty).
    pub last_event_no: EventNo,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it last changed (status or log).
    pub updated_at: DateTime<Utc>,
    /// When it finished, if it has.
    pub finished_at: Option<DateTime<Utc>>,
}

/// Which games to list; every field set must match. Newest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GameFilter {
    /// Only games in this status.
    pub status: Option<GameStatus>,
    /// Only games of this league.
    pub league: Option<String>,
    /// Only games this user manages (either side).
    pub user: Option<UserId>,
    /// At most this many games.
    pub limit: Option<u64>,
}

/// The final result of a finished game.
#[derive(Clone, Debug, PartialEq)]
pub struct GameResult {
    /// The game.
    pub game_id: GameId,
    /// The visitors' runs.
    pub away_score: i32,
    /// The home team's runs.
    pub home_score: i32,
    /// The box score, as the engine produced it.
    pub box_score: Value,
    /// When the game ended.
    pub finished_at: DateTime<Utc>,
}
