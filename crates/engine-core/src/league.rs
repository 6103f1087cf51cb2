//! Rules §15 League presets: the configuration types engine-core reads.
//!
//! Rules are code, numbers are data: every chart, threshold and league switch the engine
//! consults is a value of a type in this module. The `league-config` crate builds these values
//! from data files (SBA and PD presets compiled in, or a custom league file) and validates them;
//! engine-core only reads them. The constructors here do no I/O.

use crate::ids::{Grade, Position};
use serde::{Deserialize, Serialize};

/// Everything a game needs to know about the league it is played in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct League {
    /// Short name ("SBA", "PD", or a custom league's name).
    pub name: String,
    /// Switches and thresholds (innings, DH, ...).
    pub rules: GameRules,
    /// Every chart the resolution procedures read.
    pub charts: Charts,
}

/// How card results enter the game (rules §2.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultEntry {
    /// The manager who owns the rolled card submits the result (physical cards).
    Manual,
    /// The engine reads digital cards itself.
    Auto,
}

/// League switches and thresholds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GameRules {
    /// Regulation length in innings (rules §12), default 9.
    pub innings: u8,
    /// Whether the designated hitter is used (rules §10).
    pub dh: bool,
    /// Default result entry for new games.
    pub result_entry: ResultEntry,
    /// Automatic runner on second in extra innings (rules §12).
    pub extra_inning_runner: bool,
    /// Optional mercy rule (rules §12).
    pub mercy: Option<MercyRule>,
    /// Minimum batters a new pitcher must face (rules §10).
    pub min_batters: u8,
    /// Runs allowed in one outing that make a pitcher tired (rules §11).
    pub fatigue_runs: u8,
}

/// The game ends when a team leads by `runs` after `after_inning` complete innings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MercyRule {
    /// Lead that ends the game.
    pub runs: u8,
    /// Earliest complete inning after which it applies.
    pub after_inning: u8,
}

/// All charts and modifiers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Charts {
    /// Rules §6.
    pub groundball: GroundballChart,
    /// Rules §7.2.
    pub range: RangeCharts,
    /// Rules §7.3.
    pub errors: ErrorCharts,
    /// Rules §7.6.
    pub x_chart: XChart,
    /// Rules §9 (bunts).
    pub bunt: BuntTables,
    /// Rules §9 (hit-and-run): contact when d20 ≤ the grade's number, indexed by grade A..D.
    pub hit_and_run: [u8; 4],
    /// Rules §8.4.
    pub speed: SpeedCheckMods,
    /// Rules §8.1.
    pub steal: StealMods,
    /// Rules §4 ballpark defaults.
    pub ballpark: Ballpark,
    /// cards.md "Fielder by location": the zone splits of auto resolution.
    pub location: crate::hit_location::LocationCharts,
}

/// Groundball type: A is the double-play ball.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GroundballType {
    /// Double-play ball.
    A,
    /// Medium.
    B,
    /// Slow.
    C,
}

/// Infield depth used for the groundball chart column (rules §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartDepth {
    /// Normal depth.
    Normal,
    /// Infield in.
    In,
}

/// The 13 numbered groundball results (rules §6 legend).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct GroundballResult(u8);

impl GroundballResult {
    /// A result number 1..=13, or `None`.
    #[must_use]
    pub fn new(n: u8) -> Option<Self> {
        (1..=13).contains(&n).then_some(Self(n))
    }
    /// The legend number 1..=13.
    #[must_use]
    pub fn number(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for GroundballResult {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        Self::new(n).ok_or_else(|| format!("groundball result {n} is not 1..=13"))
    }
}

impl From<GroundballResult> for u8 {
    fn from(r: GroundballResult) -> u8 {
        r.0
    }
}

/// (type, depth, base code 0..8) → result number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroundballChart {
    /// `cells[type A/B/C][depth normal/in][base code]`.
    pub cells: [[[GroundballResult; 8]; 2]; 3],
}

impl GroundballChart {
    /// Look up one cell. `base_code` is the sequential code 0..=7 (rules §1).
    #[must_use]
    pub fn lookup(
        &self,
        kind: GroundballType,
        depth: ChartDepth,
        base_code: u8,
    ) -> GroundballResult {
        let t = kind as usize;
        let d = depth as usize;
        self.cells[t][d][usize::from(base_code & 7)]
    }
}

/// A range-chart cell (fielding-charts.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RangeResult {
    /// Groundball A.
    G1,
    /// Groundball B.
    G2,
    /// Groundball C.
    G3,
    /// Groundball B, or SI2 when the fielder was in or holding (rules §7.5).
    #[serde(rename = "G2#")]
    G2Hash,
    /// Groundball C, or SI2 when the fielder was in or holding.
    #[serde(rename = "G3#")]
    G3Hash,
    /// Single, runners +1.
    SI1,
    /// Single, runners +2.
    SI2,
    /// Double, runners +2.
    DO2,
    /// Double, runners +3.
    DO3,
    /// Triple.
    TR3,
    /// Flyball A.
    F1,
    /// Flyball B.
    F2,
    /// Flyball C.
    F3,
    /// Popout to the catcher.
    PO,
    /// Foul out to the catcher (passed-ball check with runners on).
    FO,
    /// Speed check with the batter's running rating.
    SPD,
    /// Automatic wild pitch.
    WP,
    /// Wild-pitch check scored as a passed ball.
    X,
}

/// A d20 × range (1..=5) chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RangeChart {
    /// `rows[d20 - 1][range - 1]`.
    pub rows: [[RangeResult; 5]; 20],
}

impl RangeChart {
    /// The cell for a d20 roll (1..=20) and range rating (1..=5); out-of-range inputs clamp.
    #[must_use]
    pub fn lookup(&self, d20: u8, range: u8) -> RangeResult {
        let r = usize::from(d20.clamp(1, 20) - 1);
        let c = usize::from(range.clamp(1, 5) - 1);
        self.rows[r][c]
    }
}

/// One range chart per position group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RangeCharts {
    /// 1B, 2B, 3B, SS.
    pub infield: RangeChart,
    /// LF, CF, RF.
    pub outfield: RangeChart,
    /// C.
    pub catcher: RangeChart,
    /// P.
    pub pitcher: RangeChart,
}

impl RangeCharts {
    /// The chart for a fielding position (DH has none and uses the infield chart).
    #[must_use]
    pub fn for_position(&self, pos: Position) -> &RangeChart {
        match pos {
            Position::P => &self.pitcher,
            Position::C => &self.catcher,
            p if p.is_outfield() => &self.outfield,
            _ => &self.infield,
        }
    }
}

/// Size of a fielding error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ErrorSize {
    /// No error.
    None = 0,
    /// One-base error.
    E1 = 1,
    /// Two-base error.
    E2 = 2,
    /// Three-base error.
    E3 = 3,
}

/// One position's 3d6 error chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorChart {
    /// Highest error rating the chart lists.
    pub max_rating: u8,
    /// `rows[3d6 - 3][rating]` for ratings 0..=max_rating.
    pub rows: Vec<Vec<ErrorSize>>,
}

impl ErrorChart {
    /// Error size for a 3d6 total and error rating; ratings above the chart give no error.
    #[must_use]
    pub fn lookup(&self, total: u8, rating: u8) -> ErrorSize {
        let Some(row) = usize::from(total)
            .checked_sub(3)
            .and_then(|r| self.rows.get(r))
        else {
            return ErrorSize::None;
        };
        row.get(usize::from(rating))
            .copied()
            .unwrap_or(ErrorSize::None)
    }
}

/// Error charts per position.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorCharts {
    /// Pitcher.
    pub p: ErrorChart,
    /// Catcher.
    pub c: ErrorChart,
    /// First base.
    pub b1: ErrorChart,
    /// Second base.
    pub b2: ErrorChart,
    /// Third base.
    pub b3: ErrorChart,
    /// Shortstop.
    pub ss: ErrorChart,
    /// Left and right field.
    pub lf_rf: ErrorChart,
    /// Center field.
    pub cf: ErrorChart,
}

impl ErrorCharts {
    /// The chart for a position (DH uses the 1B chart; it never fields).
    #[must_use]
    pub fn for_position(&self, pos: Position) -> &ErrorChart {
        match pos {
            Position::P => &self.p,
            Position::C => &self.c,
            Position::B2 => &self.b2,
            Position::B3 => &self.b3,
            Position::SS => &self.ss,
            Position::LF | Position::RF => &self.lf_rf,
            Position::CF => &self.cf,
            Position::B1 | Position::DH => &self.b1,
        }
    }
}

/// Flyball type of a flyout (rules §5.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FlyballType {
    /// Deep: every runner tags.
    A,
    /// Medium: third scores, second may try.
    B,
    /// Medium-short ("B?"): third may try.
    BQ,
    /// Short: runners hold.
    C,
}

/// What an X-chart cell means (fielding-charts.md, "X-chart"). `advance` counts bases for every
/// runner; 3 or more means every runner scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "play", rename_all = "snake_case")]
pub enum XPlay {
    /// A clean hit: batter to `bases`, runners advance `advance`.
    Hit {
        /// 1 single … 4 home run.
        bases: u8,
        /// Bases every runner advances.
        advance: u8,
    },
    /// Batter reaches on the fielder's error.
    ErrorReach {
        /// Base the batter ends on (4 = scores).
        batter_to: u8,
        /// Bases every runner advances.
        advance: u8,
    },
    /// Resolve on the groundball chart to this fielder.
    Groundball {
        /// A, B or C.
        kind: GroundballType,
    },
    /// Flyout of the given type to this fielder.
    Flyout {
        /// A, B or C.
        kind: FlyballType,
    },
    /// Popout, runners hold.
    Popout,
    /// Speed check with the batter's running rating: safe → single +1, out → groundball C.
    SpeedCheck,
    /// Foul out; with runners on, a passed-ball check first (a passed ball: batter rolls again).
    FoulOut,
    /// Wild-pitch check scored as a passed ball; passed ball → runners +1, batter rolls again;
    /// otherwise foul out to the catcher.
    WildPitchCheck,
    /// Dropped foul (error charged): the batter rolls again.
    DroppedFoul,
    /// Catcher's interference: batter to first, forced runners only.
    CatcherInterference,
    /// Automatic wild pitch, runners advance, batter rolls again.
    WildPitch {
        /// Bases every runner advances.
        advance: u8,
    },
    /// Runners on: balk the ball away, scored a wild pitch, runners +1, batter rolls again;
    /// bases empty: foul out to the catcher.
    BalkWildPitch,
    /// Runner on first: liner hits him, he is out, batter single, others hold; otherwise single +1.
    LinerHitsRunner,
    /// Runner on first: interference, batter out on a double play; bases empty: groundout.
    InterferenceDoublePlay,
    /// Batter out at first, runners advance only if forced.
    OutAtFirstForcedOnly,
    /// Batter out at first, runners +1.
    OutAtFirstRunnersAdvance,
    /// Single, runners +2, batter thrown out rounding first.
    SingleBatterOutRounding,
    /// Double, runners +2, the runner from second out (hidden ball).
    DoubleHiddenBall,
    /// Runners on: double, runners +3; bases empty: batter out on appeal.
    DoubleOrAppeal,
    /// Inside-the-park home run.
    InsideTheParkHomeRun,
    /// Caught; every runner tags and advances two.
    CaughtRunnersTagTwo,
    /// Caught; the runner from third tags and scores but is out on appeal (no run).
    CaughtAppealAtHome,
    /// Caught; the lead runner is doubled off.
    CaughtLeadRunnerDoubledOff,
}

/// One line of the X-chart: a base result and its play for each error result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct XLine {
    /// The base result this line is for (never a `#` result: those are converted first).
    pub base: RangeResult,
    /// No error.
    pub no_error: XPlay,
    /// One-base error.
    pub e1: XPlay,
    /// Two-base error.
    pub e2: XPlay,
    /// Three-base error (outfield only; infield charts never roll one).
    pub e3: XPlay,
    /// Rare play (d100 = 1).
    pub rare: XPlay,
}

/// The X-chart: infield (also catcher and pitcher) and outfield lines.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct XChart {
    /// Lines used for P, C, 1B, 2B, 3B, SS.
    pub infield: Vec<XLine>,
    /// Lines used for LF, CF, RF.
    pub outfield: Vec<XLine>,
}

impl XChart {
    /// The line for a base result at a position, if the chart has one.
    #[must_use]
    pub fn line(&self, pos: Position, base: RangeResult) -> Option<&XLine> {
        let lines = if pos.is_outfield() {
            &self.outfield
        } else {
            &self.infield
        };
        lines.iter().find(|l| l.base == base)
    }
}

/// A bunt-chart cell (rules §9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuntResult {
    /// Batter out, runners +1 (a squeeze scores the runner from third).
    Sacrifice,
    /// Batter safe at first, runners +1.
    Single,
    /// Lead runner forced out (at home on a squeeze), batter safe at first, others +1.
    LeadRunnerOut,
    /// Pop-up: batter out, runners hold.
    PopUp,
    /// Double play: lead runner and batter out, others hold.
    DoublePlay,
}

/// Bunt charts: per kind, per grade A..D, 20 d20 rows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BuntTables {
    /// Sacrifice bunt.
    pub sacrifice: [[BuntResult; 20]; 4],
    /// Squeeze (runner on third breaks).
    pub squeeze: [[BuntResult; 20]; 4],
    /// Bunt for a hit.
    pub for_hit: [[BuntResult; 20]; 4],
}

impl BuntTables {
    /// Look up one row.
    #[must_use]
    pub fn lookup(&self, table: &[[BuntResult; 20]; 4], grade: Grade, d20: u8) -> BuntResult {
        table[grade.index()][usize::from(d20.clamp(1, 20) - 1)]
    }
}

/// Speed-check modifiers (rules §8.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeedCheckMods {
    /// Added to the safe range with two outs.
    pub two_outs: i8,
    /// Added when a runner goes home from second on a single (house default −2).
    pub home_from_second_on_single: i8,
}

/// Steal modifiers (rules §8.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StealMods {
    /// Added to the safe number when the runner was held (house default −2).
    pub held: i8,
    /// Pickoff number used when the pitcher's card gives none (d20 ≤ it → runner out).
    pub default_pickoff: u8,
}

/// Ballpark ratings: d20 ≤ rating succeeds (rules §4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballpark {
    /// `BP_HOMERUN` → home run.
    pub homerun: u8,
    /// `BP_SINGLE` → single.
    pub single: u8,
}
