//! Games, results and users in memory.

use super::{GameEntry, MemoryStore};
use crate::error::StoreError;
use crate::model::{
    GameFilter, GameId, GameRecord, GameResult, GameStatus, NewGame, NewUser, UserId, UserRecord,
    now,
};
use crate::store::{GameRepository, UserRepository};
use std::collections::{BTreeMap, HashMap};

fn matches(filter: &GameFilter, record: &GameRecord) -> bool {
    let game = &record.game;
    filter.status.is_none_or(|s| s == record.status)
        && filter.league.as_ref().is_none_or(|l| *l == game.league)
        && filter
            .user
            .is_none_or(|u| game.away_manager == Some(u) || game.home_manager == Some(u))
}

impl GameRepository for MemoryStore {
    async fn create_game(&self, game: &NewGame) -> Result<GameRecord, StoreError> {
        let mut state = self.lock();
        if state.games.contains_key(&game.id) {
            return Err(StoreError::GameExists(game.id));
        }
        let known = |m: Option<UserId>| m.is_none_or(|id| state.users.iter().any(|u| u.id == id));
        if !known(game.away_manager) || !known(game.home_manager) {
            return Err(StoreError::UnknownManager(game.id));
        }
        let created_at = now();
        let record = GameRecord {
            game: game.clone(),
            status: GameStatus::Pending,
            last_event_no: 0,
            created_at,
            updated_at: created_at,
            finished_at: None,
        };
        let entry = GameEntry {
            record: record.clone(),
            events: Vec::new(),
            commands: HashMap::new(),
            snapshots: BTreeMap::new(),
            result: None,
        };
        state.games.insert(game.id, entry);
        Ok(record)
    }

    async fn game(&self, game_id: GameId) -> Result<Option<GameRecord>, StoreError> {
        Ok(self.lock().games.get(&game_id).map(|e| e.record.clone()))
    }

    async fn list_games(&self, filter: &GameFilter) -> Result<Vec<GameRecord>, StoreError> {
        let state = self.lock();
        let mut games: Vec<GameRecord> = state
            .games
            .values()
            .map(|e| &e.record)
            .filter(|r| matches(filter, r))
            .cloned()
            .collect();
        games.sort_by(|a, b| {
            b.created_at
                .cmp(&a.created_at)
                .then(b.game.id.cmp(&a.game.id))
        });
        if let Some(limit) = filter.limit {
            games.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        }
        Ok(games)
    }

    async fn set_status(&self, game_id: GameId, status: GameStatus) -> Result<(), StoreError> {
        let mut state = self.lock();
        let record = &mut state.entry(game_id)?.record;
        record.status = status;
        record.updated_at = now();
        Ok(())
    }

    async fn store_result(&self, result: &GameResult) -> Result<(), StoreError> {
        let mut state = self.lock();
        let entry = state.entry(result.game_id)?;
        entry.record.status = GameStatus::Finished;
        entry.record.finished_at = Some(result.finished_at);
        entry.record.updated_at = now();
        entry.result = Some(result.clone());
        Ok(())
    }

    async fn result(&self, game_id: GameId) -> Result<Option<GameResult>, StoreError> {
        Ok(self
            .lock()
            .games
            .get(&game_id)
            .and_then(|e| e.result.clone()))
    }
}

impl UserRepository for MemoryStore {
    async fn upsert_user(&self, user: &NewUser) -> Result<UserRecord, StoreError> {
        let mut state = self.lock();
        let seen = now();
        if let Some(record) = state
            .users
            .iter_mut()
            .find(|u| u.user.discord_id == user.discord_id)
        {
            record.user = user.clone();
            record.last_seen_at = seen;
            return Ok(record.clone());
        }
        let id = UserId(i64::try_from(state.users.len()).unwrap_or(i64::MAX) + 1);
        let record = UserRecord {
            id,
            user: user.clone(),
            created_at: seen,
            last_seen_at: seen,
        };
        state.users.push(record.clone());
        Ok(record)
    }

    async fn user(&self, id: UserId) -> Result<Option<UserRecord>, StoreError> {
        Ok(self.lock().users.iter().find(|u| u.id == id).cloned())
    }

    async fn user_by_discord_id(&self, discord_id: &str) -> Result<Option<UserRecord>, StoreError> {
        Ok(self
            .lock()
            .users
            .iter()
            .find(|u| u.user.discord_id == discord_id)
            .cloned())
    }
}
