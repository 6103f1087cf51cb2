//! Conversions between rows and [`crate::model`] values, and between event numbers (`u64`)
//! and the database's `BIGINT`.

use super::entity::{game_result, games, users};
use crate::error::StoreError;
use crate::model::{
    EventNo, GameId, GameRecord, GameResult, GameStatus, NewGame, NewUser, UserId, UserRecord,
};

/// An event number as a `BIGINT`.
pub(crate) fn to_db(no: EventNo) -> Result<i64, StoreError> {
    i64::try_from(no).map_err(|_| StoreError::OutOfRange(no))
}

/// A `BIGINT` as an event number.
pub(crate) fn from_db(table: &'static str, no: i64) -> Result<EventNo, StoreError> {
    u64::try_from(no).map_err(|_| StoreError::CorruptRow {
        table,
        reason: format!("negative event number {no}"),
    })
}

pub(crate) fn game_record(row: games::Model) -> Result<GameRecord, StoreError> {
    let corrupt = |reason: String| StoreError::CorruptRow {
        table: "games",
        reason,
    };
    let game = NewGame {
        id: GameId(row.id),
        league: row.league,
        mode: row.mode.parse().map_err(corrupt)?,
        away_team_id: row.away_team_id,
        home_team_id: row.home_team_id,
        away_manager: row.away_manager_id.map(UserId),
        home_manager: row.home_manager_id.map(UserId),
        rules: row.rules,
        setup: row.setup,
    };
    Ok(GameRecord {
        game,
        status: row.status.parse::<GameStatus>().map_err(corrupt)?,
        last_event_no: from_db("games", row.last_event_no)?,
        created_at: row.created_at,
        updated_at: row.updated_at,
        finished_at: row.finished_at,
    })
}

pub(crate) fn game_result(row: game_result::Model) -> GameResult {
    GameResult {
        game_id: GameId(row.game_id),
        away_score: row.away_score,
        home_score: row.home_score,
        box_score: row.box_score,
        finished_at: row.finished_at,
    }
}

pub(crate) fn user_record(row: users::Model) -> UserRecord {
    UserRecord {
        id: UserId(row.id),
        user: NewUser {
            discord_id: row.discord_id,
            name: row.name,
            avatar: row.avatar,
        },
        created_at: row.created_at,
        last_seen_at: row.last_seen_at,
    }
}
