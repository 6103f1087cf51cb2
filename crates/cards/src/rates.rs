//! Expected per-plate-appearance rates of a card side or a matchup, for the builder and the
//! realism check (cards.md "Realism check").
//!
//! Each slot's result counts with its probability (slots / 2160). Results whose outcome
//! depends on more than the card are counted by documented house expectations: ballpark
//! results succeed with [`BALLPARK_SUCCESS`] (the house park rating 10 on a d20), and an
//! X-check turns into a hit with the rates of [`xcheck_hits`] (a range-3 fielder on the
//! fielding-charts.md range charts, errors and `#` conversions ignored).

use engine_core::Position;
use engine_core::slots::{SLOTS_PER_SIDE, SlotResult, SlotTable};
use serde::{Deserialize, Serialize};

/// Chance that a ballpark result (`BP_HOMERUN`, `BP_SINGLE`) succeeds in the house park.
pub const BALLPARK_SUCCESS: f64 = 0.5;

/// Expected (single, double) share of an X-check to `pos`, for an average (range 3) fielder.
#[must_use]
pub fn xcheck_hits(pos: Position) -> (f64, f64) {
    match pos {
        // Pitcher: SI1 on d20 1–3. Catcher: SI1 on 1–2, SPD on 3–4 (about half safe).
        Position::P | Position::C => (0.15, 0.0),
        // Outfield: SI2 on 4–6; DO2/DO3 on 1–3.
        Position::LF | Position::CF | Position::RF => (0.15, 0.15),
        // Infield: SI2 on 1–2, SI1 on 3–4.
        _ => (0.20, 0.0),
    }
}

/// Per-PA probabilities of the outcomes that make a stat line; they sum to 1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Outcomes {
    /// Singles.
    pub single: f64,
    /// Doubles.
    pub double: f64,
    /// Triples.
    pub triple: f64,
    /// Home runs.
    pub homerun: f64,
    /// Walks.
    pub walk: f64,
    /// Hit by pitch.
    pub hbp: f64,
    /// Strikeouts.
    pub strikeout: f64,
    /// Every other out (balls in play).
    pub out: f64,
}

impl Outcomes {
    /// The expected outcomes of one card side read alone.
    #[must_use]
    pub fn of_side(layout: &SlotTable) -> Outcomes {
        let mut o = Outcomes::default();
        for (r, n) in layout.counts() {
            o.add(r, f64::from(n) / SLOTS_PER_SIDE as f64);
        }
        o
    }

    /// Half of each: the outcomes of a matchup, whose at-bat roll reads either card with
    /// probability ½.
    #[must_use]
    pub fn blend(a: Outcomes, b: Outcomes) -> Outcomes {
        let m = |x: f64, y: f64| 0.5 * (x + y);
        Outcomes {
            single: m(a.single, b.single),
            double: m(a.double, b.double),
            triple: m(a.triple, b.triple),
            homerun: m(a.homerun, b.homerun),
            walk: m(a.walk, b.walk),
            hbp: m(a.hbp, b.hbp),
            strikeout: m(a.strikeout, b.strikeout),
            out: m(a.out, b.out),
        }
    }

    fn add(&mut self, r: SlotResult, p: f64) {
        match r {
            SlotResult::Homerun => self.homerun += p,
            SlotResult::BpHomerun => {
                self.homerun += p * BALLPARK_SUCCESS;
                self.out += p * (1.0 - BALLPARK_SUCCESS);
            }
            SlotResult::Triple => self.triple += p,
            SlotResult::Double3
            | SlotResult::Double2
            | SlotResult::DoublePull
            | SlotResult::DoubleUncapped(_) => self.double += p,
            SlotResult::Single2
            | SlotResult::Single1
            | SlotResult::SingleCenter
            | SlotResult::SingleUncapped(_) => self.single += p,
            SlotResult::BpSingle => {
                self.single += p * BALLPARK_SUCCESS;
                self.out += p * (1.0 - BALLPARK_SUCCESS);
            }
            SlotResult::Hbp => self.hbp += p,
            SlotResult::Walk => self.walk += p,
            SlotResult::Strikeout => self.strikeout += p,
            SlotResult::XCheck(pos) => {
                let (s, d) = xcheck_hits(pos);
                self.single += p * s;
                self.double += p * d;
                self.out += p * (1.0 - s - d);
            }
            SlotResult::Lineout
            | SlotResult::Popout
            | SlotResult::FlyoutA
            | SlotResult::FlyoutBq
            | SlotResult::FlyoutB(_)
            | SlotResult::Groundball(_) => self.out += p,
        }
    }

    /// The stat line (every PA that is not a walk or HBP is an at-bat).
    #[must_use]
    pub fn line(&self) -> StatLine {
        let hits = self.single + self.double + self.triple + self.homerun;
        let at_bats = 1.0 - self.walk - self.hbp;
        let bases = self.single + 2.0 * self.double + 3.0 * self.triple + 4.0 * self.homerun;
        let per_ab = |x: f64| if at_bats > 0.0 { x / at_bats } else { 0.0 };
        StatLine {
            avg: per_ab(hits),
            obp: hits + self.walk + self.hbp,
            slg: per_ab(bases),
            k_rate: self.strikeout,
            bb_rate: self.walk,
            hbp_rate: self.hbp,
            hr_rate: self.homerun,
        }
    }
}

/// A per-PA stat line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StatLine {
    /// Batting average (hits per at-bat).
    pub avg: f64,
    /// On-base percentage (no sacrifice flies on cards: (H + BB + HBP) / PA).
    pub obp: f64,
    /// Slugging (total bases per at-bat).
    pub slg: f64,
    /// Strikeouts per PA.
    pub k_rate: f64,
    /// Walks per PA.
    pub bb_rate: f64,
    /// Hit by pitch per PA.
    pub hbp_rate: f64,
    /// Home runs per PA.
    pub hr_rate: f64,
}

impl StatLine {
    /// The expected line of one side read alone.
    #[must_use]
    pub fn of_side(layout: &SlotTable) -> StatLine {
        Outcomes::of_side(layout).line()
    }

    /// The expected line of a batter's side against a pitcher's side: ½·batter + ½·pitcher.
    #[must_use]
    pub fn of_matchup(batter: &SlotTable, pitcher: &SlotTable) -> StatLine {
        Outcomes::blend(Outcomes::of_side(batter), Outcomes::of_side(pitcher)).line()
    }
}
