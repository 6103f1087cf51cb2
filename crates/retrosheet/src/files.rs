//! The season folder: the event file, the `TEAM<year>` file and the `.ROS` rosters.

use crate::error::ExportError;
use crate::export::{EventGame, RosterEntry};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What [`write_dir`] wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Season {
    /// Every file written.
    pub files: Vec<PathBuf>,
    /// The event files (one per year: `<year>SIM.EVA`).
    pub event_files: Vec<PathBuf>,
    /// The years written.
    pub years: Vec<u16>,
}

/// The `TEAM<year>` file: one `team,league,city,nickname` line per (team id, name).
#[must_use]
pub fn team_file(teams: &[(String, String)]) -> String {
    teams
        .iter()
        .map(|(id, name)| format!("{id},A,{name},{name}\n"))
        .collect()
}

/// A `<TEAM><year>.ROS` roster file: `id,last,first,bats,throws,team,pos` lines.
#[must_use]
pub fn roster_file(players: &[RosterEntry]) -> String {
    players
        .iter()
        .map(|p| {
            format!(
                "{},{},{},{},{},{},{}\n",
                p.id, p.last, p.first, p.bats, p.throws, p.team, p.pos
            )
        })
        .collect()
}

fn write(path: PathBuf, text: &str, season: &mut Season) -> Result<(), ExportError> {
    std::fs::write(&path, text).map_err(|source| ExportError::Io {
        path: path.display().to_string(),
        source,
    })?;
    season.files.push(path);
    Ok(())
}

/// Write a season folder into `dir` (created if missing): per year, `<year>SIM.EVA` holding
/// every game of that year in the given order, `TEAM<year>`, and `<TEAM><year>.ROS` for each
/// team. Two different team names with the same team id are refused.
pub fn write_dir(dir: &Path, games: &[EventGame]) -> Result<Season, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: dir.display().to_string(),
        source,
    })?;
    let mut season = Season::default();
    let years: BTreeSet<u16> = games.iter().map(|g| g.date.year()).collect();
    for year in years {
        let of_year: Vec<&EventGame> = games.iter().filter(|g| g.date.year() == year).collect();
        let mut teams: BTreeMap<String, String> = BTreeMap::new();
        let mut rosters: BTreeMap<String, BTreeMap<String, RosterEntry>> = BTreeMap::new();
        let mut events = String::new();
        for g in &of_year {
            for i in 0..2 {
                let (id, name) = (&g.team_ids[i], &g.team_names[i]);
                match teams.get(id) {
                    Some(n) if n != name => {
                        return Err(ExportError::TeamCollision(
                            n.clone(),
                            name.clone(),
                            id.clone(),
                        ));
                    }
                    _ => {
                        teams.insert(id.clone(), name.clone());
                    }
                }
            }
            for p in &g.roster {
                rosters
                    .entry(p.team.clone())
                    .or_default()
                    .insert(p.id.clone(), p.clone());
            }
            events.push_str(&g.text);
        }
        let path = dir.join(format!("{year}SIM.EVA"));
        write(path.clone(), &events, &mut season)?;
        season.event_files.push(path);
        let list: Vec<(String, String)> = teams.into_iter().collect();
        write(
            dir.join(format!("TEAM{year}")),
            &team_file(&list),
            &mut season,
        )?;
        for (team, players) in rosters {
            let players: Vec<RosterEntry> = players.into_values().collect();
            write(
                dir.join(format!("{team}{year}.ROS")),
                &roster_file(&players),
                &mut season,
            )?;
        }
        season.years.push(year);
    }
    Ok(season)
}
