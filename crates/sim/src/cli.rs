//! Command-line arguments: `sim --games N --seed S [--teams FILE.json] [--league pd|sba]
//! [--json] [--box] [--retrosheet DIR] [--progress|--no-progress]`.

use std::path::PathBuf;

/// Parsed arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Args {
    /// Games to play (default 1000).
    pub games: u64,
    /// Seed of the run (default 1).
    pub seed: u64,
    /// Teams file; built-in league-average teams when absent.
    pub teams: Option<PathBuf>,
    /// League preset (default PD: auto results).
    pub league: String,
    /// Print JSON instead of the table.
    pub json: bool,
    /// Print every game's box score.
    pub box_scores: bool,
    /// Write every game as Retrosheet files into this folder.
    pub retrosheet: Option<PathBuf>,
    /// Progress bar on stderr: `Some(true)` forced on, `Some(false)` off, `None` when stderr is
    /// a terminal.
    pub progress: Option<bool>,
}

/// The usage text.
pub const USAGE: &str = "usage: sim [--games N] [--seed S] [--teams FILE.json] [--league pd|sba] [--json] [--box] [--retrosheet DIR] [--progress|--no-progress]";

/// Parse arguments (without the program name).
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut out = Args {
        games: 1000,
        seed: 1,
        teams: None,
        league: "PD".into(),
        json: false,
        box_scores: false,
        retrosheet: None,
        progress: None,
    };
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match a.as_str() {
            "--games" => {
                out.games = value("--games")?
                    .parse()
                    .map_err(|e| format!("--games: {e}"))?
            }
            "--seed" => {
                out.seed = value("--seed")?
                    .parse()
                    .map_err(|e| format!("--seed: {e}"))?
            }
            "--teams" => out.teams = Some(PathBuf::from(value("--teams")?)),
            "--league" => out.league = value("--league")?,
            "--retrosheet" => out.retrosheet = Some(PathBuf::from(value("--retrosheet")?)),
            "--json" => out.json = true,
            "--box" => out.box_scores = true,
            "--progress" => out.progress = Some(true),
            "--no-progress" => out.progress = Some(false),
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Result<Args, String> {
        parse(s.split_whitespace().map(str::to_owned))
    }

    #[test]
    fn defaults_and_flags() {
        let a = args("").unwrap();
        assert_eq!((a.games, a.seed, a.json), (1000, 1, false));
        let a = args("--games 5 --seed 9 --json --box --teams t.json --retrosheet out").unwrap();
        assert_eq!((a.games, a.seed, a.json, a.box_scores), (5, 9, true, true));
        assert_eq!(a.teams, Some(PathBuf::from("t.json")));
        assert!(args("--games").is_err());
        assert!(args("--games x").is_err());
        assert!(args("--bogus").is_err());
    }
}
