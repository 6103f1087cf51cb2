//! Rules §13 Box score: batting lines (AB R H RBI BB SO …), pitching lines (IP H R ER BB SO HR
//! BF), line score, LOB, errors and double plays, computed from the play log; and the proof of
//! the box score: AB + BB + HBP + SH + SF + CI = R + LOB + putouts by the opponent.

use crate::decisions::{Decision, decisions};
use crate::game::Game;
use crate::ids::{PlayerId, Side};
use crate::play_record::PlayRecord;
use serde::{Deserialize, Serialize};

/// One batter's line.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BattingLine {
    /// The player.
    pub player: PlayerId,
    /// Batting-order slot 1..=9 (0 for a pitcher who never batted).
    pub slot: u8,
    /// At-bats.
    pub ab: u16,
    /// Runs.
    pub r: u16,
    /// Hits.
    pub h: u16,
    /// Runs batted in.
    pub rbi: u16,
    /// Walks.
    pub bb: u16,
    /// Strikeouts.
    pub so: u16,
    /// Doubles.
    pub doubles: u16,
    /// Triples.
    pub triples: u16,
    /// Home runs.
    pub hr: u16,
    /// Hit by pitch.
    pub hbp: u16,
    /// Sacrifice bunts.
    pub sh: u16,
    /// Sacrifice flies.
    pub sf: u16,
    /// Catcher's interference.
    pub ci: u16,
    /// Stolen bases.
    pub sb: u16,
    /// Caught stealing (pickoffs included).
    pub cs: u16,
    /// Grounded into double plays.
    pub gidp: u16,
}

/// One pitcher's line.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PitchingLine {
    /// The pitcher.
    pub player: PlayerId,
    /// Outs recorded (IP = outs / 3).
    pub outs: u16,
    /// Hits allowed.
    pub h: u16,
    /// Runs charged.
    pub r: u16,
    /// Earned runs charged.
    pub er: u16,
    /// Walks.
    pub bb: u16,
    /// Strikeouts.
    pub so: u16,
    /// Home runs allowed.
    pub hr: u16,
    /// Batters faced.
    pub bf: u16,
    /// Hit batters.
    pub hbp: u16,
    /// Wild pitches.
    pub wp: u16,
    /// Balks.
    pub bk: u16,
    /// W, L, S or H.
    pub decision: Option<Decision>,
}

impl PitchingLine {
    /// Innings pitched in the usual "6.2" notation.
    #[must_use]
    pub fn ip(&self) -> String {
        format!("{}.{}", self.outs / 3, self.outs % 3)
    }
}

/// One team's box.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TeamBox {
    /// Team name.
    pub name: String,
    /// Batting lines in order of appearance.
    pub batting: Vec<BattingLine>,
    /// Pitching lines in order of appearance.
    pub pitching: Vec<PitchingLine>,
    /// Runs per inning.
    pub line: Vec<u16>,
    /// Runs.
    pub runs: u16,
    /// Hits.
    pub hits: u16,
    /// Errors by this team's fielders.
    pub errors: u16,
    /// Runners left on base.
    pub lob: u16,
    /// Double plays turned by this team's defense.
    pub double_plays: u16,
    /// Outs this team made at bat (putouts by the opponent).
    pub putouts_by_opponent: u16,
    /// Extra-inning runners placed on base without a plate appearance.
    pub auto_runners: u16,
}

impl TeamBox {
    /// The two sides of the box-score proof: (AB + BB + HBP + SH + SF + CI,
    /// R + LOB + putouts by the opponent − automatic runners).
    #[must_use]
    pub fn proof(&self) -> (i64, i64) {
        let sum =
            |f: fn(&BattingLine) -> u16| self.batting.iter().map(|b| i64::from(f(b))).sum::<i64>();
        let left = sum(|b| b.ab)
            + sum(|b| b.bb)
            + sum(|b| b.hbp)
            + sum(|b| b.sh)
            + sum(|b| b.sf)
            + sum(|b| b.ci);
        let right =
            i64::from(self.runs) + i64::from(self.lob) + i64::from(self.putouts_by_opponent)
                - i64::from(self.auto_runners);
        (left, right)
    }
}

/// Both teams' boxes.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BoxScore {
    /// Visitors.
    pub away: TeamBox,
    /// Home team.
    pub home: TeamBox,
}

impl BoxScore {
    /// A team's box.
    #[must_use]
    pub fn team(&self, side: Side) -> &TeamBox {
        match side {
            Side::Away => &self.away,
            Side::Home => &self.home,
        }
    }
}

fn batting_side(rec: &PlayRecord) -> Side {
    rec.fielding.map_or(Side::Away, Side::other)
}

/// The box score of a game (finished or in progress).
#[must_use]
pub fn box_score(game: &Game) -> BoxScore {
    let state = game.state();
    let decided = decisions(game);
    let mut boxes = Side::BOTH.map(|side| {
        let team = state.team(side);
        let mut tb = TeamBox {
            name: game.setup().team(side).name.clone(),
            line: state.line[side.index()].clone(),
            runs: state.score[side.index()],
            hits: state.hits[side.index()],
            errors: state.errors[side.index()],
            lob: state.lob[side.index()],
            auto_runners: state.auto_runners[side.index()],
            ..TeamBox::default()
        };
        for &(player, slot) in &team.appeared {
            if let Some(s) = slot {
                tb.batting.push(BattingLine {
                    player,
                    slot: s + 1,
                    ..BattingLine::default()
                });
            }
        }
        for o in state.outings.iter().filter(|o| o.side == side) {
            if !tb.pitching.iter().any(|p| p.player == o.player) {
                let decision = decided
                    .iter()
                    .find(|(p, _)| *p == o.player)
                    .map(|&(_, d)| d);
                tb.pitching.push(PitchingLine {
                    player: o.player,
                    decision,
                    ..PitchingLine::default()
                });
            }
        }
        tb
    });
    for rec in &state.plays {
        let bat = batting_side(rec);
        add_batting(&mut boxes[bat.index()], rec);
        add_pitching(&mut boxes[bat.other().index()], rec);
        boxes[bat.index()].putouts_by_opponent += u16::from(rec.outs);
        boxes[bat.other().index()].double_plays += u16::from(rec.double_play);
    }
    let [away, home] = boxes;
    BoxScore { away, home }
}

fn batting_line(tb: &mut TeamBox, player: PlayerId) -> &mut BattingLine {
    let i = match tb.batting.iter().position(|b| b.player == player) {
        Some(i) => i,
        None => {
            tb.batting.push(BattingLine {
                player,
                ..BattingLine::default()
            });
            tb.batting.len() - 1
        }
    };
    &mut tb.batting[i]
}

fn add_batting(tb: &mut TeamBox, rec: &PlayRecord) {
    if let Some(batter) = rec.batter {
        let b = batting_line(tb, batter);
        b.ab += u16::from(rec.ab);
        b.h += u16::from(rec.hit);
        b.rbi += u16::from(rec.rbi);
        b.bb += u16::from(rec.bb);
        b.so += u16::from(rec.so);
        b.doubles += u16::from(rec.double);
        b.triples += u16::from(rec.triple);
        b.hr += u16::from(rec.homerun);
        b.hbp += u16::from(rec.hbp);
        b.sh += u16::from(rec.sac);
        b.sf += u16::from(rec.sf);
        b.ci += u16::from(rec.ci);
        b.gidp += u16::from(rec.gidp);
    }
    for r in &rec.runs {
        batting_line(tb, r.runner).r += 1;
    }
    for &p in &rec.stolen_by {
        batting_line(tb, p).sb += 1;
    }
    for &p in &rec.caught {
        batting_line(tb, p).cs += 1;
    }
}

fn pitching_line(tb: &mut TeamBox, player: PlayerId) -> &mut PitchingLine {
    let i = match tb.pitching.iter().position(|p| p.player == player) {
        Some(i) => i,
        None => {
            tb.pitching.push(PitchingLine {
                player,
                ..PitchingLine::default()
            });
            tb.pitching.len() - 1
        }
    };
    &mut tb.pitching[i]
}

fn add_pitching(tb: &mut TeamBox, rec: &PlayRecord) {
    if let Some(pitcher) = rec.pitcher {
        let p = pitching_line(tb, pitcher);
        p.outs += u16::from(rec.outs);
        p.h += u16::from(rec.hit);
        p.bb += u16::from(rec.bb);
        p.so += u16::from(rec.so);
        p.hr += u16::from(rec.homerun);
        p.bf += u16::from(rec.pa);
        p.hbp += u16::from(rec.hbp);
        p.wp += u16::from(rec.wild_pitch);
        p.bk += u16::from(rec.balk);
    }
    for r in &rec.runs {
        let p = pitching_line(tb, r.pitcher);
        p.r += 1;
        p.er += u16::from(r.earned);
    }
}
