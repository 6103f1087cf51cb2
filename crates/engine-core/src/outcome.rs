//! Rules §2.8 Apply (input): what a resolved play does — each runner's and the batter's fate,
//! the counters it credits — before scoring turns it into runs, outs and a play record.

use crate::bases::Bases;
use crate::ids::{Base, PlayerId, Position};

/// What happens to a runner who was on base when the play began.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum Fate {
    /// Stays where he is (or nobody was there).
    #[default]
    Stay,
    /// Moves to a base (`Home` = scores).
    To(Base),
    /// Is put out; `force` for a force out (no run scores on a third-out force).
    Out { force: bool },
}

/// What happens to the batter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum BatterFate {
    /// The plate appearance goes on (running play, chaos check, roll again).
    #[default]
    Continues,
    /// Out; `before_first` when put out before reaching first (no run scores on that third out).
    Out { before_first: bool },
    /// Reaches a base (`Home` = scores).
    Reaches(Base),
}

/// A resolved play, before scoring.
#[derive(Clone, Debug, Default)]
pub(crate) struct Outcome {
    /// Short result code for the play record.
    pub result: String,
    /// The batter.
    pub batter: BatterFate,
    /// Runners by the base they started on (first, second, third).
    pub runners: [Fate; 3],
    /// Bases of the hit (1..=4), 0 for none.
    pub hit: u8,
    pub bb: bool,
    pub ibb: bool,
    pub hbp: bool,
    pub so: bool,
    pub sac: bool,
    pub ci: bool,
    pub gidp: bool,
    pub double_play: bool,
    /// Flyout (for sacrifice flies).
    pub flyout: bool,
    pub wild_pitch: bool,
    pub passed_ball: bool,
    pub balk: bool,
    pub pick_off: bool,
    pub stolen: Vec<PlayerId>,
    pub caught: Vec<PlayerId>,
    pub bp: Option<&'static str>,
    /// Errors charged, by position.
    pub errors: Vec<Position>,
    /// The batter reached because of an error (no RBI, runner unearned).
    pub batter_on_error: bool,
    /// Runners whose advance came from an error (their runs are unearned), by start base.
    pub error_advance: [bool; 3],
    /// Without the error this play would have been an out (inning reconstruction).
    pub error_prevented_out: bool,
    /// RBIs are not credited (double play, error).
    pub no_rbi: bool,
    /// The fielder the play went to.
    pub defender: Option<Position>,
    /// The runner the play was about.
    pub runner: Option<PlayerId>,
    /// The plate appearance ended (the batting order advances).
    pub pa_ends: bool,
    /// The offense's decision is spent (steal, hit-and-run miss): back to swinging.
    pub reset_offense: bool,
    /// The at-bat roll (white, red, red, split) when the play was read from one.
    pub at_bat: Option<crate::plate_appearance::AtBatRoll>,
}

impl Outcome {
    /// A plate-appearance outcome with a result code.
    pub fn pa(result: impl Into<String>) -> Self {
        Outcome {
            result: result.into(),
            pa_ends: true,
            ..Outcome::default()
        }
    }

    /// A running play (the plate appearance goes on).
    pub fn running(result: impl Into<String>) -> Self {
        Outcome {
            result: result.into(),
            pa_ends: false,
            ..Outcome::default()
        }
    }

    /// Outs recorded by the play.
    pub fn outs(&self) -> u8 {
        let runner_outs = self
            .runners
            .iter()
            .filter(|f| matches!(f, Fate::Out { .. }))
            .count();
        let batter_out = u8::from(matches!(self.batter, BatterFate::Out { .. }));
        runner_outs as u8 + batter_out
    }

    /// Whether a third out made on this play stops runs from counting (force, or the batter
    /// out before reaching first; official rule 5.08).
    pub fn third_out_voids_runs(&self) -> bool {
        self.runners
            .iter()
            .any(|f| matches!(f, Fate::Out { force: true }))
            || matches!(self.batter, BatterFate::Out { before_first: true })
    }

    /// Set every runner's fate from a function of his base.
    pub fn with_runners(mut self, bases: &Bases, f: impl Fn(Base) -> Fate) -> Self {
        for b in Base::OCCUPIABLE {
            if let Some(i) = b.index()
                && bases.occupied(b)
            {
                self.runners[i] = f(b);
            }
        }
        self
    }
}
