//! Export without the Chadwick tools: refusals, determinism and the season folder.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a test")]

use engine_core::league::ResultEntry;
use engine_core::testing::{play_random_game, sample_setup};
use engine_core::{Game, SeededDice};
use retrosheet::{Date, ExportError, GameMeta, export_game, write_dir};

fn meta() -> GameMeta {
    GameMeta {
        date: Date::new(2026, 5, 2).unwrap(),
        number: 0,
    }
}

fn finished(seed: u64) -> Game {
    let league = league_config::sba().unwrap();
    play_random_game(
        sample_setup(league, ResultEntry::Manual, true),
        &mut SeededDice::new(seed),
        50_000,
    )
}

#[test]
fn an_unfinished_game_is_refused() {
    let league = league_config::sba().unwrap();
    let game = Game::new(sample_setup(league, ResultEntry::Manual, true));
    assert!(matches!(
        export_game(&game, &meta()),
        Err(ExportError::NotFinished)
    ));
}

#[test]
fn export_is_deterministic_and_well_formed() {
    let game = finished(11);
    let a = export_game(&game, &meta()).unwrap();
    let b = export_game(&game, &meta()).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.game_id, "HOM202605020");
    assert!(a.text.starts_with("id,HOM202605020\nversion,2\n"));
    let kinds = [
        "id", "version", "info", "start", "play", "sub", "radj", "presadj", "data",
    ];
    for line in a.text.lines() {
        let kind = line.split(',').next().unwrap();
        assert!(kinds.contains(&kind), "unexpected record {line}");
    }
    for id in a.players.keys() {
        assert_eq!(id.len(), 8);
    }
}

#[test]
fn write_dir_writes_the_season_folder() {
    let games: Vec<_> = [3, 4]
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let m = GameMeta {
                date: Date::new(2026, 6, 1 + i as u8).unwrap(),
                number: 0,
            };
            export_game(&finished(s), &m).unwrap()
        })
        .collect();
    let dir = std::env::temp_dir().join(format!("retrosheet-dir-{}", std::process::id()));
    let season = write_dir(&dir, &games).unwrap();
    let names: Vec<String> = season
        .files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["2026SIM.EVA", "TEAM2026", "AWY2026.ROS", "HOM2026.ROS"]
    );
    let events = std::fs::read_to_string(&season.event_files[0]).unwrap();
    assert_eq!(events.matches("\nversion,2\n").count(), 2);
    let teams = std::fs::read_to_string(dir.join("TEAM2026")).unwrap();
    assert_eq!(teams, "AWY,A,AWY,AWY\nHOM,A,HOM,HOM\n");
    std::fs::remove_dir_all(&dir).unwrap();
}
