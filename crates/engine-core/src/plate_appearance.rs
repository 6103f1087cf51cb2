//! Rules §2.4–§2.6 The plate appearance: pre-pitch running plays, the at-bat roll with its
//! chaos check and injury flag, whose card is read, and the dispatch of the card result to its
//! resolution procedure (rules §4) with the hit-and-run modifiers (rules §9).

use crate::advancement::{award_first, batter_out, flyout, hit};
use crate::auto;
use crate::bunt::{bunt, hit_and_run_contact, hit_and_run_runners};
use crate::card_result::CardResult;
use crate::command::OffenseDecision;
use crate::dice::{Purpose, Roll};
use crate::fatigue::is_tired;
use crate::ids::{Base, Position};
use crate::league::{FlyballType, GroundballResult};
use crate::outcome::{Fate, Outcome};
use crate::resolve::{Ctx, R, Suspend};
use crate::running_game::{chaos, steal, uncapped};
use crate::state::PlayKind;
use crate::step::Step;

/// The at-bat dice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AtBatRoll {
    /// White d6: 1–3 batter's card, 4–6 pitcher's card; the column.
    pub white: u8,
    /// First red d6.
    pub red1: u8,
    /// Second red d6.
    pub red2: u8,
    /// Split d20.
    pub split: u8,
}

impl AtBatRoll {
    /// The row: the red dice summed (2..=12).
    #[must_use]
    pub fn row(&self) -> u8 {
        self.red1 + self.red2
    }
    /// Rules §3 injury flag: white 6 with a red total of 7–12 flags a check at 13 − total.
    #[must_use]
    pub fn injury_check(&self) -> Option<u8> {
        (self.white == 6 && self.row() >= 7).then(|| 13 - self.row())
    }
    /// As recorded dice.
    #[must_use]
    pub fn rolls(&self) -> Vec<Roll> {
        vec![
            Roll {
                purpose: Purpose::White,
                sides: 6,
                value: self.white,
            },
            Roll {
                purpose: Purpose::Red1,
                sides: 6,
                value: self.red1,
            },
            Roll {
                purpose: Purpose::Red2,
                sides: 6,
                value: self.red2,
            },
            Roll {
                purpose: Purpose::Split,
                sides: 20,
                value: self.split,
            },
        ]
    }
}

/// Run a play from its start.
pub(crate) fn run_play(ctx: &mut Ctx<'_, '_>, kind: PlayKind) -> R<Outcome> {
    let decision = ctx.state.offense.clone();
    match (kind, &decision) {
        (PlayKind::Steal, OffenseDecision::Steal { runners }) => steal(ctx, runners, true),
        (PlayKind::Steal, _) => Err(Suspend::Corrupt(
            "a steal play without a declared steal".into(),
        )),
        (
            PlayKind::Roll,
            OffenseDecision::SacBunt | OffenseDecision::Squeeze | OffenseDecision::BuntForHit,
        ) => bunt(ctx, &decision),
        (PlayKind::Roll, OffenseDecision::HitAndRun) => {
            if hit_and_run_contact(ctx)? {
                at_bat(ctx, true)
            } else {
                let runners = hit_and_run_runners(&ctx.state.bases);
                let mut o = steal(ctx, &runners, false)?;
                o.result = format!("H&R_MISS:{}", o.result);
                Ok(o)
            }
        }
        (PlayKind::Roll, _) => at_bat(ctx, false),
    }
}

pub(crate) fn roll_at_bat(ctx: &mut Ctx<'_, '_>) -> R<AtBatRoll> {
    Ok(AtBatRoll {
        white: ctx.roll(Purpose::White, 6)?,
        red1: ctx.roll(Purpose::Red1, 6)?,
        red2: ctx.roll(Purpose::Red2, 6)?,
        split: ctx.d20(Purpose::Split)?,
    })
}

/// Roll the at-bat dice and resolve the result read from the card.
fn at_bat(ctx: &mut Ctx<'_, '_>, hit_and_run: bool) -> R<Outcome> {
    let roll = roll_at_bat(ctx)?;
    if !ctx.state.bases.is_empty() && (roll.split == 1 || roll.split == 2) {
        let mut o = chaos(ctx, roll.split)?;
        o.at_bat = Some(roll);
        return Ok(o);
    }
    let offense = ctx.offense();
    let defense = ctx.defense();
    // Rules §11: a tired pitcher's column is read from the batter's card.
    let pitcher_card = roll.white >= 4;
    let tired = pitcher_card && is_tired(ctx, defense)?;
    let owner = if pitcher_card && !tired {
        defense
    } else {
        offense
    };
    let result = match ctx.manual_result {
        Some(r) => r,
        None => match auto::read_card(ctx, &roll, tired)? {
            Some(r) => r,
            None => {
                return Err(Suspend::Need(Step::CardResult {
                    side: owner,
                    dice: roll.rolls(),
                    read_batter_card: tired,
                }));
            }
        },
    };
    let mut o = resolve(ctx, result, hit_and_run)?;
    o.at_bat = Some(roll);
    Ok(o)
}

/// Rules §4: resolve a card result (with the hit-and-run modifiers when `hit_and_run`).
pub(crate) fn resolve(ctx: &mut Ctx<'_, '_>, result: CardResult, hit_and_run: bool) -> R<Outcome> {
    use CardResult as C;
    let bases = ctx.state.bases;
    let code = result_code(result);
    let code = code.as_str();
    Ok(match result {
        C::Single1 if hit_and_run => hit(code, &bases, 1, 2),
        C::Single1 => hit(code, &bases, 1, 1),
        C::Single2 => hit(code, &bases, 1, 2),
        C::SingleUncapped(p) => uncapped(ctx, code, 1, p)?,
        C::Double2 => hit(code, &bases, 2, 2),
        C::Double3 => hit(code, &bases, 2, 3),
        C::DoubleUncapped(p) => uncapped(ctx, code, 2, p)?,
        C::Triple => hit(code, &bases, 3, 3),
        C::Homerun => hit(code, &bases, 4, 4),
        C::BpHomerun => {
            let d = ctx.d20(Purpose::Ballpark)?;
            if d <= ctx.setup.ballpark().homerun {
                let mut o = hit(code, &bases, 4, 4);
                o.bp = Some("bphr");
                o
            } else {
                let pull = pull_field(ctx);
                let mut o = flyout(ctx, code, FlyballType::B, pull)?;
                o.bp = Some("bpfo");
                o
            }
        }
        C::BpSingle => {
            let d = ctx.d20(Purpose::Ballpark)?;
            if d <= ctx.setup.ballpark().single {
                let mut o = hit(code, &bases, 1, 1);
                o.bp = Some("bp1b");
                o
            } else {
                let mut o = batter_out(code, false);
                o.bp = Some("bplo");
                o
            }
        }
        C::Walk | C::IntentionalWalk => {
            let mut o = award_first(code, &bases);
            o.bb = true;
            o.ibb = result == C::IntentionalWalk;
            o
        }
        C::Hbp => {
            let mut o = award_first(code, &bases);
            o.hbp = true;
            o
        }
        C::Strikeout => {
            let mut o = batter_out(code, false);
            o.so = true;
            o
        }
        C::GroundballA(p) | C::GroundballB(p) if hit_and_run => {
            let three = GroundballResult::new(3).map_or(Ok(Outcome::default()), |r| {
                crate::groundball::apply_result(ctx, r, p, &bases)
            })?;
            let mut o = three;
            o.result = format!("{code}#3");
            o.defender = Some(p);
            if ctx.state.outs >= 2 {
                o.runners = [Fate::Stay; 3];
            }
            o
        }
        C::GroundballA(p) | C::GroundballB(p) | C::GroundballC(p) => {
            let (kind, _) = result
                .groundball()
                .unwrap_or((crate::league::GroundballType::C, p));
            crate::groundball::groundball(ctx, kind, p, code)?
        }
        C::FlyoutA(p) | C::FlyoutB(p) | C::FlyoutBq(p) | C::FlyoutC(p) => {
            let (kind, _) = result.flyball().unwrap_or((FlyballType::C, p));
            flyout(ctx, code, kind, p)?
        }
        C::Lineout(p) => {
            let mut o = batter_out(code, false);
            o.defender = Some(p);
            if hit_and_run
                && ctx.state.outs < 2
                && let Some(lead) = bases.lead().and_then(Base::index)
            {
                o.runners[lead] = Fate::Out { force: false };
                o.double_play = true;
            }
            o
        }
        C::Popout(p) => {
            let mut o = batter_out(code, false);
            o.defender = Some(p);
            o
        }
        C::XCheck(p) => crate::x_check::x_check(ctx, p)?,
    })
}

/// The pull field of the batter: left for a right-handed batter, right for a left-handed one
/// (a switch hitter bats opposite the pitcher's hand).
fn pull_field(ctx: &Ctx<'_, '_>) -> Position {
    let batter = ctx.state.team(ctx.offense()).batter();
    let pitcher = ctx.fielder(Position::P);
    let hand = |id| ctx.setup.player(id).map(|(_, p)| (p.bats, p.throws));
    let bats = hand(batter).and_then(|(b, _)| b);
    let throws = hand(pitcher).and_then(|(_, t)| t);
    match (bats, throws) {
        (Some(crate::ids::Hand::L), _) => Position::RF,
        (Some(crate::ids::Hand::S), Some(crate::ids::Hand::R)) => Position::RF,
        _ => Position::LF,
    }
}

/// The short code of a card result for the play record ("SINGLE_1", "GROUNDBALL_A(SS)").
#[must_use]
pub fn result_code(result: CardResult) -> String {
    let json = code_name(result);
    match result.fielder() {
        Some(p) => format!("{json}({p})"),
        None => json.to_string(),
    }
}

fn code_name(result: CardResult) -> &'static str {
    use CardResult as C;
    match result {
        C::Single1 => "SINGLE_1",
        C::Single2 => "SINGLE_2",
        C::SingleUncapped(_) => "SINGLE_UNCAPPED",
        C::Double2 => "DOUBLE_2",
        C::Double3 => "DOUBLE_3",
        C::DoubleUncapped(_) => "DOUBLE_UNCAPPED",
        C::Triple => "TRIPLE",
        C::Homerun => "HOMERUN",
        C::BpHomerun => "BP_HOMERUN",
        C::BpSingle => "BP_SINGLE",
        C::Walk => "WALK",
        C::Hbp => "HBP",
        C::IntentionalWalk => "INTENTIONAL_WALK",
        C::Strikeout => "STRIKEOUT",
        C::GroundballA(_) => "GROUNDBALL_A",
        C::GroundballB(_) => "GROUNDBALL_B",
        C::GroundballC(_) => "GROUNDBALL_C",
        C::FlyoutA(_) => "FLYOUT_A",
        C::FlyoutB(_) => "FLYOUT_B",
        C::FlyoutBq(_) => "FLYOUT_BQ",
        C::FlyoutC(_) => "FLYOUT_C",
        C::Lineout(_) => "LINEOUT",
        C::Popout(_) => "POPOUT",
        C::XCheck(_) => "X_CHECK",
    }
}
