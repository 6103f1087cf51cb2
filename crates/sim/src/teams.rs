//! The two teams of a run: built-in league-average teams, or a `--teams FILE.json` of
//! PD-format players and cards.

use cards::{PlayerCards, ValidPlayerCards};
use engine_core::{LineupEntry, PlayerId, TeamSetup};
use serde::Deserialize;
use std::path::Path;

/// A teams file: `{"away": Team, "home": Team}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamsFile {
    /// The visitors.
    pub away: TeamFile,
    /// The home team.
    pub home: TeamFile,
}

/// One team in a teams file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamFile {
    /// Name or abbreviation.
    pub name: String,
    /// Batting order: nine `{player, position}` entries (DH when the league uses it).
    pub lineup: Vec<LineupEntry>,
    /// Starting pitcher.
    pub pitcher: PlayerId,
    /// Position players on the bench.
    #[serde(default)]
    pub bench: Vec<PlayerId>,
    /// Relievers.
    #[serde(default)]
    pub bullpen: Vec<PlayerId>,
    /// Every player with his PD cards.
    pub players: Vec<PlayerFile>,
}

/// A player in the PD API's shape with his cards.
#[derive(Debug, Deserialize)]
pub struct PlayerFile {
    /// PD `player_id`.
    pub player_id: u32,
    /// PD `p_name`.
    pub p_name: String,
    /// Batting, pitching and defense cards.
    #[serde(flatten)]
    pub cards: PlayerCards,
}

/// Why the teams could not be built.
#[derive(Debug, thiserror::Error)]
pub enum TeamsError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The path.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not a valid teams file.
    #[error("{path}: {source}")]
    Parse {
        /// The path.
        path: String,
        /// The JSON error (with line and column).
        source: serde_json::Error,
    },
    /// A player's cards are invalid.
    #[error("{team}: {problems}")]
    Cards {
        /// The team.
        team: String,
        /// Every invalid card, one per line.
        problems: String,
    },
}

impl TeamFile {
    /// The engine's team setup (cards validated; every rating from the cards).
    pub fn into_setup(self) -> Result<TeamSetup, TeamsError> {
        let mut players = Vec::new();
        let mut problems = Vec::new();
        for p in self.players {
            match ValidPlayerCards::try_from(p.cards) {
                Ok(valid) => players.push(valid.player_setup(PlayerId(p.player_id), &p.p_name)),
                Err(errors) => problems.extend(errors.iter().map(ToString::to_string)),
            }
        }
        if !problems.is_empty() {
            return Err(TeamsError::Cards {
                team: self.name,
                problems: problems.join("\n"),
            });
        }
        Ok(TeamSetup {
            name: self.name,
            lineup: self.lineup,
            pitcher: self.pitcher,
            bench: self.bench,
            bullpen: self.bullpen,
            players,
        })
    }
}

/// Read a teams file.
pub fn load(path: &Path) -> Result<(TeamSetup, TeamSetup), TeamsError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| TeamsError::Read {
        path: shown.clone(),
        source,
    })?;
    let file: TeamsFile = serde_json::from_str(&text).map_err(|source| TeamsError::Parse {
        path: shown,
        source,
    })?;
    Ok((file.away.into_setup()?, file.home.into_setup()?))
}

/// The built-in league-average teams.
pub fn league_average() -> Result<(TeamSetup, TeamSetup), TeamsError> {
    let build = |name: &str, base| {
        cards::league_average_team(name, base).map_err(|errors| TeamsError::Cards {
            team: name.to_owned(),
            problems: errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        })
    };
    Ok((build("AWY", 100)?, build("HOM", 200)?))
}
