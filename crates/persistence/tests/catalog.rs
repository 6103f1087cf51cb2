//! Games, users and results, run on every backend.

#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a failed unwrap here is a failed test or benchmark, not a crashed server"
)]

mod common;

use common::{new_game, new_user, unique_league};
use persistence::{
    GameFilter, GameId, GameRepository, GameResult, GameStatus, NewUser, StoreError, UserId,
    UserRepository,
};

trait Store: GameRepository + UserRepository {}
impl<T: GameRepository + UserRepository> Store for T {}

on_every_backend!(
    games_are_created_once,
    games_are_listed_by_filter,
    results_finish_games,
    users_are_upserted
);

async fn games_are_created_once(store: impl Store) {
    let manager = new_user(&store, "Ada").await;
    let mut game = new_game(&unique_league());
    game.home_manager = Some(manager.id);
    let created = store.create_game(&game).await.unwrap();
    assert_eq!(
        (created.status, created.last_event_no, created.finished_at),
        (GameStatus::Pending, 0, None)
    );
    assert_eq!(store.game(game.id).await.unwrap(), Some(created));
    assert!(
        matches!(store.create_game(&game).await, Err(StoreError::GameExists(id)) if id == game.id)
    );
    assert_eq!(store.game(GameId::random()).await.unwrap(), None);

    let mut orphan = new_game(&unique_league());
    orphan.away_manager = Some(UserId(i64::MAX));
    assert!(matches!(
        store.create_game(&orphan).await,
        Err(StoreError::UnknownManager(_))
    ));

    store.set_status(game.id, GameStatus::Active).await.unwrap();
    assert_eq!(
        store.game(game.id).await.unwrap().unwrap().status,
        GameStatus::Active
    );
    assert!(matches!(
        store.set_status(GameId::random(), GameStatus::Active).await,
        Err(StoreError::GameNotFound(_))
    ));
}

async fn games_are_listed_by_filter(store: impl Store) {
    let (a, b) = (
        new_user(&store, "A").await.id,
        new_user(&store, "B").await.id,
    );
    let (league, other_league) = (unique_league(), unique_league());
    let mut ids = Vec::new();
    for (i, (away, home, league)) in [
        (Some(a), Some(b), &league),
        (Some(b), None, &league),
        (None, Some(a), &league),
        (Some(a), None, &other_league),
    ]
    .into_iter()
    .enumerate()
    {
        let mut game = new_game(league);
        (game.away_manager, game.home_manager) = (away, home);
        store.create_game(&game).await.unwrap();
        if i == 1 {
            store.set_status(game.id, GameStatus::Active).await.unwrap();
        }
        ids.push(game.id);
    }
    let list = |filter: GameFilter| {
        let store = &store;
        async move {
            let games = store.list_games(&filter).await.unwrap();
            for pair in games.windows(2) {
                assert!(pair[0].created_at >= pair[1].created_at, "newest first");
            }
            let mut ids: Vec<GameId> = games.into_iter().map(|g| g.game.id).collect();
            ids.sort();
            ids
        }
    };
    let sorted = |mut v: Vec<GameId>| {
        v.sort();
        v
    };
    let by_league = GameFilter {
        league: Some(league.clone()),
        ..GameFilter::default()
    };
    assert_eq!(list(by_league.clone()).await, sorted(ids[..3].to_vec()));
    let active = GameFilter {
        status: Some(GameStatus::Active),
        ..by_league.clone()
    };
    assert_eq!(list(active).await, vec![ids[1]]);
    let of_a = GameFilter {
        user: Some(a),
        ..by_league.clone()
    };
    assert_eq!(list(of_a).await, sorted(vec![ids[0], ids[2]]));
    let of_a_anywhere = GameFilter {
        user: Some(a),
        ..GameFilter::default()
    };
    assert_eq!(
        list(of_a_anywhere).await,
        sorted(vec![ids[0], ids[2], ids[3]])
    );
    let limited = GameFilter {
        limit: Some(2),
        ..by_league
    };
    assert_eq!(list(limited).await.len(), 2);
}

async fn results_finish_games(store: impl Store) {
    let game = new_game(&unique_league());
    store.create_game(&game).await.unwrap();
    assert_eq!(store.result(game.id).await.unwrap(), None);
    let finished_at = chrono::DateTime::from_timestamp(1_767_225_600, 123_456_000).unwrap();
    let mut result = GameResult {
        game_id: game.id,
        away_score: 3,
        home_score: 5,
        box_score: serde_json::json!({ "line": [[0, 1, 2], [3, 0, 2]] }),
        finished_at,
    };
    store.store_result(&result).await.unwrap();
    assert_eq!(store.result(game.id).await.unwrap(), Some(result.clone()));
    let record = store.game(game.id).await.unwrap().unwrap();
    assert_eq!(
        (record.status, record.finished_at),
        (GameStatus::Finished, Some(finished_at))
    );

    result.home_score = 6;
    store.store_result(&result).await.unwrap();
    assert_eq!(store.result(game.id).await.unwrap().unwrap().home_score, 6);

    let stray = GameResult {
        game_id: GameId::random(),
        ..result
    };
    assert!(matches!(
        store.store_result(&stray).await,
        Err(StoreError::GameNotFound(_))
    ));
}

async fn users_are_upserted(store: impl Store) {
    let first = new_user(&store, "Casey").await;
    assert_eq!(first.created_at, first.last_seen_at);
    assert_eq!(store.user(first.id).await.unwrap(), Some(first.clone()));

    let renamed = NewUser {
        name: "Mighty Casey".into(),
        avatar: Some("abc123".into()),
        ..first.user.clone()
    };
    let second = store.upsert_user(&renamed).await.unwrap();
    assert_eq!(second.id, first.id);
    assert_eq!(second.user, renamed);
    assert_eq!(second.created_at, first.created_at);
    assert!(second.last_seen_at >= first.last_seen_at);
    assert_eq!(
        store.user_by_discord_id(&renamed.discord_id).await.unwrap(),
        Some(second)
    );

    assert_ne!(new_user(&store, "Other").await.id, first.id);
    assert_eq!(store.user_by_discord_id("nobody").await.unwrap(), None);
    assert_eq!(store.user(UserId(i64::MAX)).await.unwrap(), None);
}
