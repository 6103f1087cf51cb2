//! Aggregate team batting and pitching over many games, per team-game (cards.md realism check).

use engine_core::PlayRecord;
use engine_core::Side;
use serde::Serialize;

/// Counting stats summed over games, for one side of the ledger (a team's batting; its
/// opponents' batting is its pitching).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Totals {
    /// Team-games counted.
    pub games: u64,
    /// Plate appearances.
    pub pa: u64,
    /// At-bats.
    pub ab: u64,
    /// Runs.
    pub r: u64,
    /// Hits.
    pub h: u64,
    /// Doubles.
    pub doubles: u64,
    /// Triples.
    pub triples: u64,
    /// Home runs.
    pub hr: u64,
    /// Walks (intentional included).
    pub bb: u64,
    /// Hit by pitch.
    pub hbp: u64,
    /// Sacrifice flies.
    pub sf: u64,
    /// Strikeouts.
    pub so: u64,
    /// Stolen bases.
    pub sb: u64,
    /// Caught stealing.
    pub cs: u64,
    /// Grounded into double plays.
    pub gidp: u64,
    /// Errors made by the fielding side while this side batted.
    pub e: u64,
}

impl Totals {
    /// Add one play record.
    pub fn add(&mut self, rec: &PlayRecord) {
        self.pa += u64::from(rec.pa);
        self.ab += u64::from(rec.ab);
        self.r += u64::from(rec.run);
        self.h += u64::from(rec.hit);
        self.doubles += u64::from(rec.double);
        self.triples += u64::from(rec.triple);
        self.hr += u64::from(rec.homerun);
        self.bb += u64::from(rec.bb);
        self.hbp += u64::from(rec.hbp);
        self.sf += u64::from(rec.sf);
        self.so += u64::from(rec.so);
        self.sb += u64::from(rec.sb);
        self.cs += u64::from(rec.cs) + u64::from(rec.pick_off);
        self.gidp += u64::from(rec.gidp);
        self.e += u64::from(rec.error);
    }

    /// Rates derived from the totals.
    #[must_use]
    pub fn rates(&self) -> Rates {
        let div = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let tb = self.h + self.doubles + 2 * self.triples + 3 * self.hr;
        let g = self.games.max(1);
        Rates {
            runs_per_game: div(self.r, g),
            avg: div(self.h, self.ab),
            obp: div(
                self.h + self.bb + self.hbp,
                self.ab + self.bb + self.hbp + self.sf,
            ),
            slg: div(tb, self.ab),
            k_pct: div(self.so, self.pa),
            bb_pct: div(self.bb, self.pa),
            hr_pct: div(self.hr, self.pa),
            sb_per_game: div(self.sb, g),
            cs_per_game: div(self.cs, g),
            gidp_per_game: div(self.gidp, g),
            e_per_game: div(self.e, g),
        }
    }
}

/// Per team-game rates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Rates {
    /// Runs per team-game.
    pub runs_per_game: f64,
    /// Batting average.
    pub avg: f64,
    /// On-base percentage.
    pub obp: f64,
    /// Slugging percentage.
    pub slg: f64,
    /// Strikeouts per plate appearance.
    pub k_pct: f64,
    /// Walks per plate appearance.
    pub bb_pct: f64,
    /// Home runs per plate appearance.
    pub hr_pct: f64,
    /// Stolen bases per team-game.
    pub sb_per_game: f64,
    /// Caught stealing per team-game.
    pub cs_per_game: f64,
    /// Double plays grounded into per team-game.
    pub gidp_per_game: f64,
    /// Errors committed by the defense per team-game.
    pub e_per_game: f64,
}

/// Batting totals for each team (index by `Side::index`); a team's pitching is the other
/// team's batting.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Ledger {
    /// Away team's batting (= home team's pitching).
    pub away_batting: Totals,
    /// Home team's batting (= away team's pitching).
    pub home_batting: Totals,
}

impl Ledger {
    /// Add a finished game's plays.
    pub fn add_game(&mut self, plays: &[PlayRecord]) {
        self.away_batting.games += 1;
        self.home_batting.games += 1;
        for rec in plays {
            let batting = rec.fielding.map_or(Side::Away, Side::other);
            self.batting_mut(batting).add(rec);
        }
    }

    fn batting_mut(&mut self, side: Side) -> &mut Totals {
        match side {
            Side::Away => &mut self.away_batting,
            Side::Home => &mut self.home_batting,
        }
    }

    /// A side's batting totals.
    #[must_use]
    pub fn batting(&self, side: Side) -> &Totals {
        match side {
            Side::Away => &self.away_batting,
            Side::Home => &self.home_batting,
        }
    }

    /// Both teams together (league rates).
    #[must_use]
    pub fn league(&self) -> Totals {
        let (a, h) = (&self.away_batting, &self.home_batting);
        Totals {
            games: a.games + h.games,
            pa: a.pa + h.pa,
            ab: a.ab + h.ab,
            r: a.r + h.r,
            h: a.h + h.h,
            doubles: a.doubles + h.doubles,
            triples: a.triples + h.triples,
            hr: a.hr + h.hr,
            bb: a.bb + h.bb,
            hbp: a.hbp + h.hbp,
            sf: a.sf + h.sf,
            so: a.so + h.so,
            sb: a.sb + h.sb,
            cs: a.cs + h.cs,
            gidp: a.gidp + h.gidp,
            e: a.e + h.e,
        }
    }
}
