//! Rules §13 Scoring (play records): one record per play in the shape of the SBA league's play
//! log. Box scores, pitcher decisions and exports are computed from these records.

use crate::ids::{Half, Hand, PlayerId, Side};
use serde::{Deserialize, Serialize};

/// Where a runner (or the batter) ended a play: 0 out, 1..=3 a base, 4 scored; `None` when
/// nobody was there.
pub type EndBase = Option<u8>;

/// A run that scored on a play.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunScored {
    /// Who scored.
    pub runner: PlayerId,
    /// The pitcher charged with the run.
    pub pitcher: PlayerId,
    /// Earned (rules §13, inning reconstruction).
    pub earned: bool,
}

/// One play, as the SBA play log records it (plus the runs detail our box score needs).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PlayRecord {
    /// 1-based play number in the game.
    pub play_num: u32,
    /// The event that completed the play.
    pub event_no: u64,
    /// Inning.
    pub inning: u8,
    /// Half (top/bottom); `None` only in `Default`.
    pub half: Option<Half>,
    /// Batting-order slot 1..=9 of the batter.
    pub batting_order: u8,
    /// Outs when the play started.
    pub starting_outs: u8,
    /// Sequential base code when the play started.
    pub on_base_code: u8,
    /// Away score before the play.
    pub away_score: u16,
    /// Home score before the play.
    pub home_score: u16,
    /// Away score after the play.
    pub away_score_after: u16,
    /// Home score after the play.
    pub home_score_after: u16,
    /// The batter (also recorded for running plays during his plate appearance).
    pub batter: Option<PlayerId>,
    /// The pitcher.
    pub pitcher: Option<PlayerId>,
    /// The catcher.
    pub catcher: Option<PlayerId>,
    /// The fielder the play went to, if any.
    pub defender: Option<PlayerId>,
    /// The runner a running play was about (steal, pickoff).
    pub runner: Option<PlayerId>,
    /// Batter's hand (as batting in this play).
    pub batter_hand: Option<Hand>,
    /// Pitcher's hand.
    pub pitcher_hand: Option<Hand>,
    /// Runner on first at the start.
    pub on_first: Option<PlayerId>,
    /// Runner on second at the start.
    pub on_second: Option<PlayerId>,
    /// Runner on third at the start.
    pub on_third: Option<PlayerId>,
    /// Where the runner from first ended.
    pub on_first_final: EndBase,
    /// Where the runner from second ended.
    pub on_second_final: EndBase,
    /// Where the runner from third ended.
    pub on_third_final: EndBase,
    /// Where the batter ended (`None` when the plate appearance goes on).
    pub batter_final: EndBase,
    /// The result as a short code (card result, X-check result, `SB`, `WP`, ...).
    pub result: String,
    /// The at-bat roll read for this play (white, red, red, split); every die of the play,
    /// with its purpose, is in the event numbered `event_no`.
    pub at_bat: Option<[u8; 4]>,
    /// Rules §3: a white 6 with a red total of 7–12 flags a pitcher injury check at 13 − total
    /// (announced and recorded; no effect in the game).
    pub injury_check: Option<u8>,
    /// Plate appearance completed.
    pub pa: u8,
    /// Official at-bat.
    pub ab: u8,
    /// Hit.
    pub hit: u8,
    /// Double.
    pub double: u8,
    /// Triple.
    pub triple: u8,
    /// Home run.
    pub homerun: u8,
    /// Walk (intentional included).
    pub bb: u8,
    /// Intentional walk.
    pub ibb: u8,
    /// Strikeout.
    pub so: u8,
    /// Hit by pitch.
    pub hbp: u8,
    /// Sacrifice bunt.
    pub sac: u8,
    /// Sacrifice fly.
    pub sf: u8,
    /// Catcher's interference.
    pub ci: u8,
    /// Grounded into a double play.
    pub gidp: u8,
    /// Runs batted in.
    pub rbi: u8,
    /// Runs scored on the play.
    pub run: u8,
    /// Earned runs on the play.
    pub e_run: u8,
    /// Stolen bases.
    pub sb: u8,
    /// Caught stealing.
    pub cs: u8,
    /// Errors.
    pub error: u8,
    /// Wild pitch.
    pub wild_pitch: u8,
    /// Passed ball.
    pub passed_ball: u8,
    /// Pickoff.
    pub pick_off: u8,
    /// Balk.
    pub balk: u8,
    /// Ballpark home run.
    pub bphr: u8,
    /// Ballpark home run caught (flyout).
    pub bpfo: u8,
    /// Ballpark single.
    pub bp1b: u8,
    /// Ballpark single caught (lineout).
    pub bplo: u8,
    /// Outs recorded on the play.
    pub outs: u8,
    /// Double plays turned on the play (by the fielding team).
    pub double_play: u8,
    /// The play put the batting team ahead.
    pub is_go_ahead: bool,
    /// The play tied the game.
    pub is_tied: bool,
    /// The play ended the game on the winning run (walk-off).
    pub is_walkoff: bool,
    /// The fielding team.
    pub fielding: Option<Side>,
    /// Every run that scored, with the pitcher charged and whether it was earned.
    pub runs: Vec<RunScored>,
    /// Stolen bases credited, by runner.
    pub stolen_by: Vec<PlayerId>,
    /// Caught stealing or picked off, by runner.
    pub caught: Vec<PlayerId>,
}
