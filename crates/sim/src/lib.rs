//! The simulator: plays many auto games between two teams with the computer manager on both
//! sides and reports aggregate team batting and pitching per team-game, games per second, and
//! on request every game's line score and box score (`--json`, `--box`) or Retrosheet files.
//!
//! `sim` is a thin binary over [`main_with`]; everything it does is testable here.

pub mod cli;
pub mod report;
pub mod run;
pub mod stats;
pub mod teams;

use engine_core::league::ResultEntry;
use engine_core::manager::ComputerManager;
use engine_core::{GameSetup, Setup};
use std::io::Write;

/// Run the simulator with parsed arguments, writing the report to `out` and progress to `err`.
/// Returns an error message for the user on failure.
pub fn main_with(
    args: &cli::Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
    progress: bool,
) -> Result<(), String> {
    let league = league_config::preset(&args.league).map_err(|e| e.to_string())?;
    let (away, home) = match &args.teams {
        Some(path) => teams::load(path),
        None => teams::league_average(),
    }
    .map_err(|e| e.to_string())?;
    let names = [away.name.clone(), home.name.clone()];
    let setup = Setup::try_from(GameSetup {
        league,
        result_entry: Some(ResultEntry::Auto),
        ballpark: None,
        away,
        home,
    })
    .map_err(|e| e.to_string())?;
    let keep = args.json || args.box_scores || args.retrosheet.is_some();
    let manager = ComputerManager::default();
    let step = (args.games / 100).max(1);
    let started = std::time::Instant::now();
    let outcome = run::run(&setup, args.games, args.seed, keep, &manager, |done| {
        if progress && (done % step == 0 || done == args.games) {
            let pct = done * 100 / args.games.max(1);
            let bar = "#".repeat(usize::try_from(pct / 5).unwrap_or(20));
            let _ = write!(err, "\r[{bar:<20}] {pct:>3}% {done}/{}", args.games);
        }
    })
    .map_err(|e| e.to_string())?;
    let seconds = started.elapsed().as_secs_f64();
    if progress {
        let _ = writeln!(err);
    }
    if let Some(dir) = &args.retrosheet {
        let season = write_retrosheet(dir, &outcome)?;
        let _ = writeln!(
            err,
            "sim: wrote {} games into {} files under {}",
            outcome.games.len(),
            season.files.len(),
            dir.display()
        );
    }
    let report = report::Report::new(
        &outcome,
        names,
        args.games,
        args.seed,
        &setup.league().name,
        seconds,
    );
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &report).map_err(|e| e.to_string())?;
        writeln!(out).map_err(|e| e.to_string())?;
    } else {
        if args.box_scores {
            for g in &report.game_list {
                write!(out, "{}", report::box_text(g)).map_err(|e| e.to_string())?;
            }
        }
        write!(out, "{}", report.text()).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The date game `n` is filed under: 28 days a month, 12 months a year, from 2026 on, so that
/// every game of a run gets its own Retrosheet game id.
fn date_for(n: u64) -> Result<retrosheet::Date, String> {
    let year = u16::try_from(2026 + n / 336)
        .map_err(|_| "too many games for Retrosheet dates".to_string())?;
    let month = u8::try_from((n % 336) / 28 + 1).unwrap_or(1);
    let day = u8::try_from(n % 28 + 1).unwrap_or(1);
    retrosheet::Date::new(year, month, day).map_err(|e| e.to_string())
}

/// Export every kept game into `dir` (event files, TEAM file, rosters).
fn write_retrosheet(
    dir: &std::path::Path,
    outcome: &run::Outcome,
) -> Result<retrosheet::Season, String> {
    let mut games = Vec::with_capacity(outcome.games.len());
    for (n, _, game) in &outcome.games {
        let meta = retrosheet::GameMeta {
            date: date_for(*n)?,
            number: 0,
        };
        games.push(retrosheet::export_game(game, &meta).map_err(|e| format!("game {n}: {e}"))?);
    }
    retrosheet::write_dir(dir, &games).map_err(|e| e.to_string())
}
