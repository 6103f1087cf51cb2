//! The simulator over thousands of auto games: league-average teams land inside cards.md's
//! realism ranges, every game keeps the engine's invariants and the box-score proof, and the
//! `--json` output has its documented shape.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test"
)]

use engine_core::box_score::box_score;
use engine_core::league::ResultEntry;
use engine_core::manager::ComputerManager;
use engine_core::testing::check_invariants;
use engine_core::{GameSetup, Setup};
use sim::run::{game_seed, play_game, run};

fn setup() -> Setup {
    let (away, home) = sim::teams::league_average().unwrap();
    let league = league_config::pd().unwrap();
    Setup::try_from(GameSetup {
        league,
        result_entry: Some(ResultEntry::Auto),
        ballpark: None,
        away,
        home,
    })
    .unwrap()
}

#[test]
fn league_average_teams_are_realistic_over_2000_games() {
    let outcome = run(
        &setup(),
        2000,
        2026,
        false,
        &ComputerManager::default(),
        |_| {},
    )
    .unwrap();
    let r = outcome.ledger.league().rates();
    let check = |name: &str, value: f64, lo: f64, hi: f64| {
        assert!(
            (lo..=hi).contains(&value),
            "{name} = {value:.4} is outside {lo}..={hi} (cards.md realism check)"
        );
    };
    check("runs per team-game", r.runs_per_game, 4.3, 4.7);
    check("AVG", r.avg, 0.240, 0.255);
    check("OBP", r.obp, 0.310, 0.320);
    check("SLG", r.slg, 0.395, 0.415);
    check("K%", r.k_pct, 0.22, 0.23);
    check("BB%", r.bb_pct, 0.08, 0.09);
    check("HR%", r.hr_pct, 0.025, 0.035);
    check("double plays per team-game", r.gidp_per_game, 0.55, 0.85);
    check("errors per team-game", r.e_per_game, 0.35, 0.65);
}

#[test]
fn every_auto_game_keeps_the_invariants_and_the_box_score_proof() {
    let setup = setup();
    let manager = ComputerManager::default();
    for n in 0..2000 {
        let game = play_game(setup.clone(), n, game_seed(99, n), &manager).unwrap();
        if let Err(e) = check_invariants(&game) {
            panic!("game {n}: {e}");
        }
        assert!(game.state().is_over());
        let b = box_score(&game);
        for side in engine_core::Side::BOTH {
            let (left, right) = b.team(side).proof();
            assert_eq!(left, right, "game {n} {side:?}: box-score proof");
        }
        // No auto game ever waits on a manual step.
        assert!(game.events().iter().all(|e| !matches!(
            &e.action,
            engine_core::Action::Applied {
                command: engine_core::Command::SubmitResult { .. }
                    | engine_core::Command::EnterRating { .. }
            }
        )));
    }
}

#[test]
fn same_seed_same_run() {
    let a = run(&setup(), 20, 5, true, &ComputerManager::default(), |_| {}).unwrap();
    let b = run(&setup(), 20, 5, true, &ComputerManager::default(), |_| {}).unwrap();
    for ((_, _, x), (_, _, y)) in a.games.iter().zip(&b.games) {
        assert_eq!(x.events(), y.events());
    }
}

#[test]
fn json_output_shape() {
    let args =
        sim::cli::parse(["--games", "3", "--seed", "4", "--json"].map(String::from)).unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    sim::main_with(&args, &mut out, &mut err, false).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["games"], 3);
    assert_eq!(v["seed"], 4);
    assert!(v["games_per_second"].as_f64().unwrap() > 0.0);
    for team in ["away", "home"] {
        for part in ["batting", "pitching"] {
            let rates = &v[team][part]["rates"];
            for key in [
                "runs_per_game",
                "avg",
                "obp",
                "slg",
                "k_pct",
                "bb_pct",
                "hr_pct",
                "sb_per_game",
                "cs_per_game",
                "gidp_per_game",
                "e_per_game",
            ] {
                assert!(rates[key].is_number(), "{team}.{part}.rates.{key}");
            }
        }
    }
    let games = v["game_list"].as_array().unwrap();
    assert_eq!(games.len(), 3);
    for g in games {
        assert_eq!(g["line_score"].as_array().unwrap().len(), 2);
        for team in ["away", "home"] {
            let b = &g["box_score"][team];
            assert!(b["batting"].as_array().unwrap().len() >= 9);
            assert!(
                b["runs"].is_number()
                    && b["hits"].is_number()
                    && b["errors"].is_number()
                    && b["lob"].is_number()
            );
        }
    }
}

#[test]
fn box_and_table_output() {
    let args = sim::cli::parse(["--games", "2", "--box"].map(String::from)).unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    sim::main_with(&args, &mut out, &mut err, true).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("Game 0") && text.contains("Game 1") && text.contains("games/s"));
    assert!(String::from_utf8(err).unwrap().contains("100%"));
}

#[test]
fn a_teams_file_of_pd_cards_is_played() {
    use cards::{PlayerCards, league_average_batter, league_average_pitcher};
    use serde_json::json;
    let team = |name: &str, base: u32| {
        let positions = ["CF", "SS", "1B", "LF", "RF", "3B", "C", "2B", "DH"];
        let mut players = Vec::new();
        let mut lineup = Vec::new();
        for (i, pos) in positions.iter().enumerate() {
            let id = base + i as u32;
            let defense: Vec<_> = if *pos == "DH" {
                vec![]
            } else {
                vec![cards::teams::average_defense(
                    engine_core::card_result::position_from_code(pos).unwrap(),
                )]
            };
            let cards = PlayerCards {
                batting: Some(league_average_batter()),
                pitching: None,
                defense,
            };
            let mut p = serde_json::to_value(cards).unwrap();
            p["player_id"] = json!(id);
            p["p_name"] = json!(format!("{name} {i}"));
            players.push(p);
            lineup.push(json!({"player": id, "position": pos}));
        }
        for j in 0..4 {
            let id = base + 20 + j;
            let cards = PlayerCards {
                batting: None,
                pitching: Some(league_average_pitcher()),
                defense: vec![cards::teams::average_defense(engine_core::Position::P)],
            };
            let mut p = serde_json::to_value(cards).unwrap();
            p["player_id"] = json!(id);
            p["p_name"] = json!(format!("{name} P{j}"));
            players.push(p);
        }
        json!({"name": name, "lineup": lineup, "pitcher": base + 20, "bullpen": [base + 21, base + 22, base + 23], "players": players})
    };
    let file = std::env::temp_dir().join(format!("sim-teams-{}.json", std::process::id()));
    std::fs::write(
        &file,
        serde_json::to_string(&json!({"away": team("NYA", 1000), "home": team("BOS", 2000)}))
            .unwrap(),
    )
    .unwrap();
    let args =
        sim::cli::parse(["--games", "5", "--teams", file.to_str().unwrap()].map(String::from))
            .unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let result = sim::main_with(&args, &mut out, &mut err, false);
    let _ = std::fs::remove_file(&file);
    result.unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("NYA batting") && text.contains("BOS pitching"),
        "{text}"
    );
    // A broken card is a clear error.
    let bad = std::env::temp_dir().join(format!("sim-bad-{}.json", std::process::id()));
    std::fs::write(&bad, "{\"away\": 1}").unwrap();
    let args = sim::cli::parse(["--teams", bad.to_str().unwrap()].map(String::from)).unwrap();
    let e = sim::main_with(&args, &mut Vec::new(), &mut Vec::new(), false).unwrap_err();
    let _ = std::fs::remove_file(&bad);
    assert!(e.contains("sim-bad"), "{e}");
}
