//! Rules §2 (ratings the engine lacks): the player ratings resolution reads, and where each
//! comes from (the setup's cards, or a manager typing it in from the physical card).

use crate::ids::{Grade, PlayerId, Position};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One rating a procedure may need. Values are small integers; see [`RatingKind::range`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "rating", content = "position", rename_all = "snake_case")]
pub enum RatingKind {
    /// Running (speed-check safe range), 8..=17 on cards.
    Running,
    /// Steal safe number without a good jump.
    StealLow,
    /// Steal safe number with a good jump.
    StealHigh,
    /// The 2d6 totals that give a good jump, as a bit mask (bit n = total n); every bit set
    /// (`JUMP_AUTO`) means "auto".
    StealJump,
    /// Bunting grade, 0 = A … 3 = D.
    Bunting,
    /// Hit-and-run grade, 0 = A … 3 = D.
    HitAndRun,
    /// Pitcher wild-pitch rating (d20 ≤ it → wild pitch).
    WildPitch,
    /// Pitcher balk rating (d20 ≤ it → balk).
    Balk,
    /// Pitcher hold rating (added to the steal safe number; negative holds runners better).
    Hold,
    /// Pitcher pickoff number (d20 ≤ it → runner picked off).
    Pickoff,
    /// Starter endurance S(n).
    StarterEndurance,
    /// Relief endurance R(n).
    ReliefEndurance,
    /// Fielding range 1 (best) ..= 5 at a position.
    Range(Position),
    /// Fielding error rating at a position.
    Error(Position),
    /// Throwing arm at a position (outfield and catcher; negative is strong).
    Arm(Position),
    /// Catcher passed-ball rating (d20 ≤ it → passed ball).
    PassedBall,
}

/// Every 2d6 total 2..=12 set: a runner who always gets a good jump.
pub const JUMP_AUTO: i16 = 0b1_1111_1111_1100;

impl RatingKind {
    /// The legal values of this rating.
    #[must_use]
    pub fn range(self) -> std::ops::RangeInclusive<i16> {
        match self {
            RatingKind::Running => 1..=20,
            RatingKind::StealLow | RatingKind::StealHigh => 0..=20,
            RatingKind::StealJump => 0..=JUMP_AUTO,
            RatingKind::Bunting | RatingKind::HitAndRun => 0..=3,
            RatingKind::WildPitch | RatingKind::Balk | RatingKind::Pickoff => 0..=20,
            RatingKind::Hold => -9..=9,
            RatingKind::StarterEndurance | RatingKind::ReliefEndurance => 0..=15,
            RatingKind::Range(_) => 1..=5,
            RatingKind::Error(_) => 0..=99,
            RatingKind::Arm(_) => -9..=9,
            RatingKind::PassedBall => 0..=20,
        }
    }
}

/// Stealing ratings from a card.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StealRatings {
    /// Safe number without a good jump.
    pub low: u8,
    /// Safe number with a good jump.
    pub high: u8,
    /// Always gets a good jump.
    #[serde(default)]
    pub auto: bool,
    /// 2d6 totals that give a good jump.
    #[serde(default)]
    pub jump: Vec<u8>,
}

/// Fielding ratings at one position.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DefenseRatings {
    /// The position these ratings are for.
    pub position: Position,
    /// Range 1 (best) ..= 5.
    pub range: Option<u8>,
    /// Error rating.
    pub error: Option<u8>,
    /// Arm (outfield, catcher).
    #[serde(default)]
    pub arm: Option<i8>,
    /// Passed-ball rating (catcher).
    #[serde(default)]
    pub pb: Option<u8>,
}

/// Pitching ratings from a card.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PitchingRatings {
    /// Wild pitch.
    pub wild_pitch: Option<u8>,
    /// Balk.
    pub balk: Option<u8>,
    /// Hold.
    pub hold: Option<i8>,
    /// Pickoff number (league default when absent).
    #[serde(default)]
    pub pickoff: Option<u8>,
    /// Starter endurance S(n).
    #[serde(default)]
    pub starter: Option<u8>,
    /// Relief endurance R(n).
    #[serde(default)]
    pub relief: Option<u8>,
    /// Closer rating C(n) (informational).
    #[serde(default)]
    pub closer: Option<u8>,
}

/// Every rating a player's card may give; any of them may be unknown (SBA's physical cards).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Ratings {
    /// Running 8..=17.
    pub running: Option<u8>,
    /// Stealing.
    pub steal: Option<StealRatings>,
    /// Bunting grade.
    pub bunting: Option<Grade>,
    /// Hit-and-run grade.
    pub hit_and_run: Option<Grade>,
    /// Pitching ratings (pitchers).
    pub pitching: Option<PitchingRatings>,
    /// Fielding ratings per position.
    pub defense: Vec<DefenseRatings>,
}

impl Ratings {
    /// The known ratings as (kind, value) pairs.
    #[must_use]
    pub fn flatten(&self) -> Vec<(RatingKind, i16)> {
        let mut out = Vec::new();
        let mut put = |k: RatingKind, v: Option<i16>| {
            if let Some(v) = v {
                out.push((k, v));
            }
        };
        put(RatingKind::Running, self.running.map(i16::from));
        if let Some(s) = &self.steal {
            put(RatingKind::StealLow, Some(i16::from(s.low)));
            put(RatingKind::StealHigh, Some(i16::from(s.high)));
            let mask = if s.auto {
                JUMP_AUTO
            } else {
                s.jump
                    .iter()
                    .filter(|t| (2..=12).contains(*t))
                    .fold(0, |m, t| m | (1 << t))
            };
            put(RatingKind::StealJump, Some(mask));
        }
        put(RatingKind::Bunting, self.bunting.map(|g| g.index() as i16));
        put(
            RatingKind::HitAndRun,
            self.hit_and_run.map(|g| g.index() as i16),
        );
        if let Some(p) = &self.pitching {
            put(RatingKind::WildPitch, p.wild_pitch.map(i16::from));
            put(RatingKind::Balk, p.balk.map(i16::from));
            put(RatingKind::Hold, p.hold.map(i16::from));
            put(RatingKind::Pickoff, p.pickoff.map(i16::from));
            put(RatingKind::StarterEndurance, p.starter.map(i16::from));
            put(RatingKind::ReliefEndurance, p.relief.map(i16::from));
        }
        for d in &self.defense {
            put(RatingKind::Range(d.position), d.range.map(i16::from));
            put(RatingKind::Error(d.position), d.error.map(i16::from));
            put(RatingKind::Arm(d.position), d.arm.map(i16::from));
            if d.position == Position::C {
                put(RatingKind::PassedBall, d.pb.map(i16::from));
            }
        }
        out
    }
}

/// Known ratings by player and kind.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "Vec<RatingEntry>", into = "Vec<RatingEntry>")]
pub struct RatingTable(BTreeMap<PlayerId, BTreeMap<RatingKind, i16>>);

/// One known rating, as serialized.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingEntry {
    /// Whose rating.
    pub player: PlayerId,
    /// Which rating.
    pub kind: RatingKind,
    /// Its value.
    pub value: i16,
}

impl From<Vec<RatingEntry>> for RatingTable {
    fn from(entries: Vec<RatingEntry>) -> Self {
        let mut t = RatingTable::default();
        for e in entries {
            t.insert(e.player, e.kind, e.value);
        }
        t
    }
}

impl From<RatingTable> for Vec<RatingEntry> {
    fn from(t: RatingTable) -> Self {
        t.0.iter()
            .flat_map(|(&player, m)| {
                m.iter().map(move |(&kind, &value)| RatingEntry {
                    player,
                    kind,
                    value,
                })
            })
            .collect()
    }
}

impl RatingTable {
    /// The rating, if known.
    #[must_use]
    pub fn get(&self, player: PlayerId, kind: RatingKind) -> Option<i16> {
        self.0.get(&player).and_then(|m| m.get(&kind)).copied()
    }
    /// Record a rating.
    pub fn insert(&mut self, player: PlayerId, kind: RatingKind, value: i16) {
        self.0.entry(player).or_default().insert(kind, value);
    }
}
