//! Output: the aggregate table, `--json`, and readable box scores.

use crate::run::{GameSummary, Outcome};
use crate::stats::{Rates, Totals};
use engine_core::box_score::{BoxScore, TeamBox};
use serde::Serialize;
use std::fmt::Write as _;

/// Batting or pitching line of a team in the report.
#[derive(Debug, Serialize)]
pub struct TeamLine {
    /// Counting totals.
    pub totals: Totals,
    /// Per team-game rates.
    pub rates: Rates,
}

impl TeamLine {
    fn of(t: &Totals) -> Self {
        TeamLine {
            totals: t.clone(),
            rates: t.rates(),
        }
    }
}

/// One team in the report.
#[derive(Debug, Serialize)]
pub struct TeamReport {
    /// Team name.
    pub name: String,
    /// Games won.
    pub wins: u64,
    /// Its batting.
    pub batting: TeamLine,
    /// Its pitching (the opponents' batting against it).
    pub pitching: TeamLine,
}

/// The whole report (`--json`).
#[derive(Debug, Serialize)]
pub struct Report {
    /// Games played.
    pub games: u64,
    /// The run's seed.
    pub seed: u64,
    /// League preset.
    pub league: String,
    /// Wall-clock seconds for the games (not counting output).
    pub seconds: f64,
    /// Games per second.
    pub games_per_second: f64,
    /// Visitors.
    pub away: TeamReport,
    /// Home team.
    pub home: TeamReport,
    /// Both teams together.
    pub league_totals: TeamLine,
    /// Every finished game's line score and box score (empty unless kept).
    pub game_list: Vec<GameSummary>,
}

impl Report {
    /// Build the report of a run.
    #[must_use]
    pub fn new(
        outcome: &Outcome,
        names: [String; 2],
        games: u64,
        seed: u64,
        league: &str,
        seconds: f64,
    ) -> Self {
        let l = &outcome.ledger;
        let [away_name, home_name] = names;
        Report {
            games,
            seed,
            league: league.to_owned(),
            seconds,
            games_per_second: if seconds > 0.0 {
                games as f64 / seconds
            } else {
                0.0
            },
            away: TeamReport {
                name: away_name,
                wins: outcome.wins[0],
                batting: TeamLine::of(&l.away_batting),
                pitching: TeamLine::of(&l.home_batting),
            },
            home: TeamReport {
                name: home_name,
                wins: outcome.wins[1],
                batting: TeamLine::of(&l.home_batting),
                pitching: TeamLine::of(&l.away_batting),
            },
            league_totals: TeamLine::of(&l.league()),
            game_list: outcome.summaries(),
        }
    }

    /// The aggregate table as text.
    #[must_use]
    pub fn text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{} games, seed {}, league {}: {:.2} s, {:.0} games/s",
            self.games, self.seed, self.league, self.seconds, self.games_per_second
        );
        let _ = writeln!(
            s,
            "per team-game      R/G    AVG    OBP    SLG    K%   BB%   HR%  SB/G  CS/G GIDP/G  E/G"
        );
        let row = |s: &mut String, label: &str, r: &Rates| {
            let _ = writeln!(
                s,
                "{label:<16} {:>5.2}  {:.3}  {:.3}  {:.3} {:>5.1} {:>5.1} {:>5.1} {:>5.2} {:>5.2} {:>6.2} {:>4.2}",
                r.runs_per_game,
                r.avg,
                r.obp,
                r.slg,
                100.0 * r.k_pct,
                100.0 * r.bb_pct,
                100.0 * r.hr_pct,
                r.sb_per_game,
                r.cs_per_game,
                r.gidp_per_game,
                r.e_per_game
            );
        };
        for t in [&self.away, &self.home] {
            row(&mut s, &format!("{} batting", t.name), &t.batting.rates);
            row(&mut s, &format!("{} pitching", t.name), &t.pitching.rates);
        }
        row(&mut s, "league", &self.league_totals.rates);
        let _ = writeln!(
            s,
            "wins: {} {}, {} {}",
            self.away.name, self.away.wins, self.home.name, self.home.wins
        );
        s
    }
}

/// A readable box score.
#[must_use]
pub fn box_text(summary: &GameSummary) -> String {
    let b: &BoxScore = &summary.box_score;
    let mut s = String::new();
    let _ = writeln!(s, "Game {} (seed {})", summary.game, summary.seed);
    for t in [&b.away, &b.home] {
        let line: Vec<String> = t.line.iter().map(u16::to_string).collect();
        let _ = writeln!(
            s,
            "  {:<6} {}  - R {} H {} E {} LOB {}",
            t.name,
            line.join(" "),
            t.runs,
            t.hits,
            t.errors,
            t.lob
        );
    }
    for t in [&b.away, &b.home] {
        team_box(&mut s, t);
    }
    s
}

fn team_box(s: &mut String, t: &TeamBox) {
    let _ = writeln!(s, "  {} batting          AB  R  H RBI BB SO", t.name);
    for l in &t.batting {
        let _ = writeln!(
            s,
            "    {:>2} #{:<10} {:>3} {:>2} {:>2} {:>3} {:>2} {:>2}",
            l.slot, l.player.0, l.ab, l.r, l.h, l.rbi, l.bb, l.so
        );
    }
    let _ = writeln!(s, "  {} pitching         IP   H  R ER BB SO HR  BF", t.name);
    for p in &t.pitching {
        let dec = p.decision.map(|d| format!(" ({d:?})")).unwrap_or_default();
        let _ = writeln!(
            s,
            "    #{:<12} {:>5} {:>3} {:>2} {:>2} {:>2} {:>2} {:>2} {:>3}{dec}",
            p.player.0,
            p.ip(),
            p.h,
            p.r,
            p.er,
            p.bb,
            p.so,
            p.hr,
            p.bf
        );
    }
}
