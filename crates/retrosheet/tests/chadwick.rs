//! The Chadwick tools (chadwickpy: `cwbox`, `cwgame`, `cwevent`) read every exported game
//! without a word on stderr, and their box scores equal the engine's: runs, hits, errors, LOB,
//! line score, every batting line (AB R H RBI BB SO) and pitching line (IP H R ER BB SO HR BF).
//!
//! Needs the tools: `python3 -m venv .venv && .venv/bin/pip install chadwickpy` at the
//! workspace root (`.ci/run` does it, and so does this test on its first run when python3 is
//! there), or `CHADWICK_BIN` pointing at a directory holding them.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stdout,
    reason = "a test: failures panic with a message"
)]

use engine_core::box_score::{BoxScore, box_score};
use engine_core::league::{League, MercyRule, ResultEntry};
use engine_core::state::Ending;
use engine_core::testing::{play_random_game, sample_setup};
use engine_core::{Game, PlayerId, SeededDice, Side};
use retrosheet::{Date, EventGame, GameMeta, export_game, write_dir};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Games compared (at least 200); `RETROSHEET_GAMES` asks for more.
fn games_wanted() -> usize {
    std::env::var("RETROSHEET_GAMES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(240)
        .max(200)
}

fn tools_dir() -> PathBuf {
    let dir = std::env::var_os("CHADWICK_BIN").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv/bin"),
        PathBuf::from,
    );
    if !dir.join("cwbox").exists() && std::env::var_os("CHADWICK_BIN").is_none() {
        install_chadwick(&dir);
    }
    if !dir.join("cwbox").exists() {
        panic!(
            "the Chadwick tools are not installed (no cwbox in {}) and could not be installed. \
             Install them once at the workspace root with:\n    python3 -m venv .venv && .venv/bin/pip install chadwickpy\n\
             or set CHADWICK_BIN to the directory holding cwbox, cwgame and cwevent.",
            dir.display()
        );
    }
    dir
}

/// First run on a fresh machine: make the workspace's `.venv` and install chadwickpy into it
/// (what `.ci/run` does), so `cargo test --workspace` needs nothing but python3 beside Rust.
fn install_chadwick(bin: &Path) {
    let Some(venv) = bin.parent() else { return };
    let ok = |mut c: std::process::Command| c.status().is_ok_and(|s| s.success());
    let mut make = std::process::Command::new("python3");
    make.args(["-m", "venv"]).arg(venv);
    let mut pip = std::process::Command::new(bin.join("pip"));
    pip.args(["install", "--quiet", "chadwickpy"]);
    if !bin.join("pip").exists() && !ok(make) {
        return;
    }
    let _ = ok(pip);
}

/// A variety of leagues: with and without the DH, the extra-inning runner, the mercy rule.
fn leagues() -> Vec<League> {
    let base = [league_config::sba().unwrap(), league_config::pd().unwrap()];
    let mut out = Vec::new();
    for (i, l) in base.into_iter().enumerate() {
        for variant in 0..4 {
            let mut l = l.clone();
            l.rules.dh = variant % 2 == 0;
            l.rules.extra_inning_runner = variant >= 2 || i == 1;
            if variant == 3 {
                l.rules.mercy = Some(MercyRule {
                    runs: 8,
                    after_inning: 6,
                });
            }
            out.push(l);
        }
    }
    out
}

fn games() -> Vec<Game> {
    let leagues = leagues();
    let mut games = Vec::new();
    let mut seed = 1u64;
    let wanted = games_wanted();
    while games.len() < wanted {
        let league = leagues[(seed as usize) % leagues.len()].clone();
        let setup = sample_setup(league, ResultEntry::Manual, true);
        let game = play_random_game(setup, &mut SeededDice::new(seed * 7919), 50_000);
        seed += 1;
        match game.state().ending {
            None | Some(Ending::Conceded { .. }) => {}
            Some(_) => games.push(game),
        }
    }
    games
}

fn run(tools: &Path, dir: &Path, tool: &str, args: &[&str]) -> String {
    let out = Command::new(tools.join(tool))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool}: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{tool} failed ({}): {stderr}",
        out.status
    );
    assert!(
        stderr.trim().is_empty(),
        "{tool} complained on stderr:\n{stderr}"
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `name="value"` attributes of one XML line.
fn attrs(line: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut rest = line;
    while let Some(eq) = rest.find("=\"") {
        let key = rest[..eq]
            .rsplit([' ', '<'])
            .next()
            .unwrap_or("")
            .to_string();
        let after = &rest[eq + 2..];
        let end = after.find('"').unwrap_or(after.len());
        out.insert(key, after[..end].to_string());
        rest = &after[(end + 1).min(after.len())..];
    }
    out
}

fn num(a: &HashMap<String, String>, k: &str) -> i64 {
    a.get(k)
        .unwrap_or_else(|| panic!("no attribute {k} in {a:?}"))
        .parse()
        .unwrap_or_else(|_| panic!("attribute {k} is not a number: {a:?}"))
}

/// cwbox -X of one game, reduced to what we compare.
#[derive(Debug, Default)]
struct ChadwickBox {
    runs: [i64; 2],
    hits: [i64; 2],
    errors: [i64; 2],
    lob: [i64; 2],
    line: Vec<(String, String)>,
    batting: [BTreeMap<String, [i64; 6]>; 2],
    pitching: [BTreeMap<String, [i64; 8]>; 2],
}

fn parse_boxes(xml: &str) -> HashMap<String, ChadwickBox> {
    let mut out = HashMap::new();
    let mut id = String::new();
    let mut team = 0usize;
    let mut player = String::new();
    let mut b = ChadwickBox::default();
    for line in xml.lines().map(str::trim) {
        let a = attrs(line);
        if line.starts_with("<boxscore ") {
            id = a["game_id"].clone();
            b = ChadwickBox::default();
        } else if line.starts_with("<linescore ") {
            b.runs = [num(&a, "away_runs"), num(&a, "home_runs")];
            b.hits = [num(&a, "away_hits"), num(&a, "home_hits")];
            b.errors = [num(&a, "away_errors"), num(&a, "home_errors")];
        } else if line.starts_with("<inning_line_score ") {
            b.line.push((a["away"].clone(), a["home"].clone()));
        } else if line.starts_with("<players ") {
            team = if a.contains_key("team") && a["team"] == "HOM" {
                1
            } else {
                0
            };
            b.lob[team] = num(&a, "lob");
        } else if line.starts_with("<player ") {
            player = a["id"].clone();
        } else if line.starts_with("<batting ") {
            let v = ["ab", "r", "h", "bi", "bb", "so"].map(|k| num(&a, k));
            b.batting[team].insert(player.clone(), v);
        } else if line.starts_with("<pitching ") {
            team = if a["team"] == "HOM" { 1 } else { 0 };
        } else if line.starts_with("<pitcher ") {
            let v = ["outs", "h", "r", "er", "bb", "so", "hr", "bf"].map(|k| num(&a, k));
            b.pitching[team].insert(a["id"].clone(), v);
        } else if line.starts_with("</boxscore>") {
            out.insert(std::mem::take(&mut id), std::mem::take(&mut b));
        }
    }
    out
}

/// Differences between our box and Chadwick's, as readable lines.
fn compare(ours: &BoxScore, theirs: &ChadwickBox, ids: &HashMap<PlayerId, String>) -> Vec<String> {
    let mut diffs = Vec::new();
    fn check(diffs: &mut Vec<String>, what: String, a: i64, b: i64) {
        if a != b {
            diffs.push(format!("{what}: engine {a}, chadwick {b}"));
        }
    }
    for side in Side::BOTH {
        let t = ours.team(side);
        let i = side.index();
        check(
            &mut diffs,
            format!("{side:?} runs"),
            i64::from(t.runs),
            theirs.runs[i],
        );
        check(
            &mut diffs,
            format!("{side:?} hits"),
            i64::from(t.hits),
            theirs.hits[i],
        );
        check(
            &mut diffs,
            format!("{side:?} errors"),
            i64::from(t.errors),
            theirs.errors[i],
        );
        check(
            &mut diffs,
            format!("{side:?} LOB"),
            i64::from(t.lob),
            theirs.lob[i],
        );
        let mut seen = 0;
        for l in &t.batting {
            let id = &ids[&l.player];
            let ours = [l.ab, l.r, l.h, l.rbi, l.bb, l.so].map(i64::from);
            match theirs.batting[i].get(id) {
                Some(v) => {
                    seen += 1;
                    if *v != ours {
                        diffs.push(format!(
                            "{side:?} batting {id}: engine {ours:?}, chadwick {v:?}"
                        ));
                    }
                }
                None => diffs.push(format!("{side:?} batting {id}: missing in cwbox")),
            }
        }
        if seen != theirs.batting[i].len() {
            diffs.push(format!(
                "{side:?}: cwbox lists {} batters, engine {seen}",
                theirs.batting[i].len()
            ));
        }
        for p in &t.pitching {
            let id = &ids[&p.player];
            let ours = [p.outs, p.h, p.r, p.er, p.bb, p.so, p.hr, p.bf].map(i64::from);
            match theirs.pitching[i].get(id) {
                Some(v) if *v == ours => {}
                Some(v) => diffs.push(format!(
                    "{side:?} pitching {id}: engine {ours:?}, chadwick {v:?}"
                )),
                None => diffs.push(format!("{side:?} pitching {id}: missing in cwbox")),
            }
        }
        if t.pitching.len() != theirs.pitching[i].len() {
            diffs.push(format!(
                "{side:?}: cwbox lists {} pitchers, engine {}",
                theirs.pitching[i].len(),
                t.pitching.len()
            ));
        }
    }
    let innings = ours.away.line.len().max(ours.home.line.len());
    if theirs.line.len() != innings {
        diffs.push(format!(
            "line score: engine {innings} innings, chadwick {}",
            theirs.line.len()
        ));
    }
    for (n, (a, h)) in theirs.line.iter().enumerate() {
        let ea = ours
            .away
            .line
            .get(n)
            .map_or("x".to_string(), u16::to_string);
        let eh = ours
            .home
            .line
            .get(n)
            .map_or("x".to_string(), u16::to_string);
        if (&ea, &eh) != (a, h) {
            diffs.push(format!(
                "inning {}: engine {ea}-{eh}, chadwick {a}-{h}",
                n + 1
            ));
        }
    }
    diffs
}

fn export_all(games: &[Game]) -> Vec<EventGame> {
    games
        .iter()
        .enumerate()
        .map(|(i, g)| {
            // Up to 9 games a day (numbers 1..=9), 28 days a month, from January.
            let day = i / 9;
            let month = 1 + (day / 28) as u8;
            assert!(month <= 12, "too many games for one season");
            let date = Date::new(2026, month, 1 + (day % 28) as u8).unwrap();
            let meta = GameMeta {
                date,
                number: 1 + (i % 9) as u8,
            };
            export_game(g, &meta).unwrap_or_else(|e| panic!("game {i} does not export: {e}"))
        })
        .collect()
}

#[test]
fn chadwick_reads_every_game_and_agrees_with_our_box_scores() {
    let tools = tools_dir();
    let games = games();
    let exported = export_all(&games);
    let dir = std::env::temp_dir().join(format!("retrosheet-chadwick-{}", std::process::id()));
    let season = write_dir(&dir, &exported).unwrap();
    let file = season.event_files[0]
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();

    let xml = run(&tools, &dir, "cwbox", &["-Q", "-X", "-y", "2026", &file]);
    let boxes = parse_boxes(&xml);
    assert_eq!(boxes.len(), exported.len(), "cwbox box scores");
    let mut failures = Vec::new();
    let mut lines_compared = 0;
    for (g, e) in games.iter().zip(&exported) {
        let ids: HashMap<PlayerId, String> =
            e.players.iter().map(|(s, &p)| (p, s.clone())).collect();
        match boxes.get(&e.game_id) {
            None => failures.push(format!("{}: cwbox printed no box score", e.game_id)),
            Some(b) => {
                let ours = box_score(g);
                lines_compared += ours.away.batting.len() + ours.home.batting.len();
                lines_compared += ours.away.pitching.len() + ours.home.pitching.len();
                let diffs = compare(&ours, b, &ids);
                // The comparison itself must notice a difference.
                let mut wrong = ours.clone();
                wrong.home.batting[0].rbi += 1;
                wrong.away.pitching[0].er += 1;
                assert_eq!(compare(&wrong, b, &ids).len(), diffs.len() + 2);
                if !diffs.is_empty() {
                    failures.push(format!("{}:\n  {}", e.game_id, diffs.join("\n  ")));
                }
            }
        }
    }
    let games_csv = run(&tools, &dir, "cwgame", &["-Q", "-y", "2026", &file]);
    assert_eq!(games_csv.lines().count(), exported.len(), "cwgame rows");
    let events_csv = run(&tools, &dir, "cwevent", &["-Q", "-y", "2026", &file]);
    let plays = exported
        .iter()
        .map(|e| {
            e.text
                .lines()
                .filter(|l| l.starts_with("play,") && !l.ends_with(",NP"))
                .count()
        })
        .sum::<usize>();
    assert_eq!(events_csv.lines().count(), plays, "cwevent rows");
    assert!(
        failures.is_empty(),
        "{} of {} games differ (files kept in {}):\n{}",
        failures.len(),
        exported.len(),
        dir.display(),
        failures.join("\n")
    );
    println!(
        "{} games, {lines_compared} batting and pitching lines equal to cwbox's",
        exported.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
