//! Rules §7 X-checks: range roll on the position's range chart, 3d6 on its error chart, d100
//! for the rare play, the `#` conversion, and the X-chart line that turns (base result, error
//! result) into the play.

use crate::advancement::{advance_all, award_first, batter_out, flyout, hit};
use crate::bases::Bases;
use crate::command::InfieldDepth;
use crate::dice::Purpose;
use crate::ids::{Base, Position};
use crate::league::{ErrorSize, GroundballType, RangeResult, XPlay};
use crate::outcome::{BatterFate, Fate, Outcome};
use crate::ratings::RatingKind;
use crate::resolve::{Ctx, R, Suspend};
use crate::running_game::{battery_check, speed_check};

/// Rules §7.5: a G2#/G3# becomes SI2 when the fielder was playing in or holding a runner.
#[must_use]
pub fn convert_hash(
    base: RangeResult,
    pos: Position,
    infield: InfieldDepth,
    holding: &[Base],
    bases: &Bases,
) -> RangeResult {
    let hash_to = match base {
        RangeResult::G2Hash => RangeResult::G2,
        RangeResult::G3Hash => RangeResult::G3,
        other => return other,
    };
    let playing_in = match infield {
        InfieldDepth::In => true,
        InfieldDepth::CornersIn => matches!(pos, Position::B1 | Position::B3),
        InfieldDepth::Normal => false,
    };
    let held = |b: Base| holding.contains(&b) && bases.occupied(b);
    let holding_runner = match pos {
        Position::B1 => held(Base::First),
        Position::B2 | Position::SS => held(Base::Second),
        Position::B3 => held(Base::Third),
        _ => false,
    };
    if playing_in || holding_runner {
        RangeResult::SI2
    } else {
        hash_to
    }
}

/// Resolve `X_CHECK(pos)`.
pub(crate) fn x_check(ctx: &mut Ctx<'_, '_>, pos: Position) -> R<Outcome> {
    let fielder = ctx.fielder(pos);
    let range = ctx.rating(fielder, RatingKind::Range(pos))?;
    let error = ctx.rating(fielder, RatingKind::Error(pos))?;
    let d20 = ctx.d20(Purpose::Range)?;
    let e = ctx.roll(Purpose::Error, 6)?
        + ctx.roll(Purpose::Error, 6)?
        + ctx.roll(Purpose::Error, 6)?;
    let rare = ctx.roll(Purpose::RarePlay, 100)?;
    let charts = &ctx.league().charts;
    let raw = charts
        .range
        .for_position(pos)
        .lookup(d20, u8::try_from(range).unwrap_or(5));
    let state = ctx.state;
    let base = convert_hash(
        raw,
        pos,
        state.defense.infield,
        &state.defense.hold,
        &state.bases,
    );
    let size = charts
        .errors
        .for_position(pos)
        .lookup(e, u8::try_from(error).unwrap_or(0));
    let Some(line) = charts.x_chart.line(pos, base) else {
        return Err(Suspend::Corrupt(format!(
            "the X-chart has no line for {base:?} at {pos}"
        )));
    };
    let (play, kind) = if rare == 1 {
        (line.rare, "RARE")
    } else {
        match size {
            ErrorSize::None => (line.no_error, ""),
            ErrorSize::E1 => (line.e1, "E1"),
            ErrorSize::E2 => (line.e2, "E2"),
            ErrorSize::E3 => (line.e3, "E3"),
        }
    };
    let code = format!(
        "X({pos}):{base:?}{}{kind}",
        if kind.is_empty() { "" } else { "+" }
    );
    let mut o = x_play(ctx, play, line.no_error, pos, &code)?;
    o.defender = Some(pos);
    Ok(o)
}

/// How far the clean (no-error) play would have moved the runners and whether it was an out.
fn clean_effect(clean: XPlay) -> (Option<u8>, bool) {
    match clean {
        XPlay::Hit { bases, advance } => (Some(advance.max(bases.min(1))), false),
        XPlay::Groundball { .. } | XPlay::Flyout { .. } | XPlay::Popout | XPlay::FoulOut => {
            (None, true)
        }
        _ => (None, false),
    }
}

/// Turn an X-chart cell into the play.
fn x_play(
    ctx: &mut Ctx<'_, '_>,
    play: XPlay,
    clean: XPlay,
    pos: Position,
    code: &str,
) -> R<Outcome> {
    let bases = ctx.state.bases;
    Ok(match play {
        XPlay::Hit { bases: b, advance } => hit(code, &bases, b, advance),
        XPlay::ErrorReach { batter_to, advance } => {
            error_reach(&bases, clean, pos, code, batter_to, advance)
        }
        XPlay::Groundball { kind } => crate::groundball::groundball(ctx, kind, pos, code)?,
        XPlay::Flyout { kind } => flyout(ctx, code, kind, pos)?,
        XPlay::Popout => batter_out(code, false),
        XPlay::SpeedCheck => {
            let batter = ctx.state.team(ctx.offense()).batter();
            if speed_check(ctx, batter, pos, false)? {
                hit(code, &bases, 1, 1)
            } else {
                crate::groundball::groundball(ctx, GroundballType::C, pos, code)?
            }
        }
        // FO checks the catcher's passed-ball rating; X checks the pitcher's wild-pitch rating
        // but is scored a passed ball. Either way a ball that gets away means roll again.
        XPlay::FoulOut | XPlay::WildPitchCheck => {
            if !bases.is_empty() && battery_check(ctx, play == XPlay::WildPitchCheck)? {
                let mut o =
                    Outcome::running(format!("{code}:PB")).with_runners(&bases, advance_all(1));
                o.passed_ball = true;
                o
            } else {
                batter_out(code, false)
            }
        }
        XPlay::DroppedFoul => {
            let mut o = Outcome::running(code);
            o.errors.push(pos);
            o
        }
        XPlay::CatcherInterference => {
            let mut o = award_first(code, &bases);
            o.ci = true;
            o.batter_on_error = true;
            o.no_rbi = false;
            o.errors.push(Position::C);
            o
        }
        XPlay::WildPitch { advance } => wild_pitch(code, &bases, advance),
        XPlay::BalkWildPitch => {
            if bases.is_empty() {
                batter_out(code, false)
            } else {
                wild_pitch(code, &bases, 1)
            }
        }
        XPlay::LinerHitsRunner => {
            if bases.occupied(Base::First) {
                let mut o = Outcome::pa(code);
                o.runners[0] = Fate::Out { force: false };
                o.batter = BatterFate::Reaches(Base::First);
                o.hit = 1;
                o
            } else {
                hit(code, &bases, 1, 1)
            }
        }
        XPlay::InterferenceDoublePlay => {
            let mut o = batter_out(code, true);
            if bases.occupied(Base::First) {
                o.runners[0] = Fate::Out { force: false };
                o.double_play = true;
                o.no_rbi = true;
            }
            o
        }
        XPlay::OutAtFirstForcedOnly => batter_out(code, true),
        XPlay::OutAtFirstRunnersAdvance => {
            batter_out(code, true).with_runners(&bases, advance_all(1))
        }
        XPlay::SingleBatterOutRounding => {
            let mut o = hit(code, &bases, 1, 2);
            o.batter = BatterFate::Out {
                before_first: false,
            };
            o
        }
        XPlay::DoubleHiddenBall => {
            let mut o = hit(code, &bases, 2, 2);
            if bases.occupied(Base::Second) {
                o.runners[1] = Fate::Out { force: false };
            }
            o
        }
        XPlay::DoubleOrAppeal => {
            if bases.is_empty() {
                batter_out(code, false)
            } else {
                hit(code, &bases, 2, 3)
            }
        }
        XPlay::InsideTheParkHomeRun => hit(code, &bases, 4, 4),
        XPlay::CaughtRunnersTagTwo => caught_fly(ctx, code, pos, |o, b| {
            *o = o.clone().with_runners(b, advance_all(2))
        }),
        XPlay::CaughtAppealAtHome => caught_fly(ctx, code, pos, |o, b| {
            if b.occupied(Base::Third) {
                o.runners[2] = Fate::Out { force: false };
            }
        }),
        XPlay::CaughtLeadRunnerDoubledOff => caught_fly(ctx, code, pos, |o, b| {
            if let Some(lead) = b.lead().and_then(Base::index) {
                o.runners[lead] = Fate::Out { force: false };
                o.double_play = true;
            }
        }),
    })
}

/// A caught fly whose runners do something special; with two outs it simply ends the half.
fn caught_fly(
    ctx: &Ctx<'_, '_>,
    code: &str,
    pos: Position,
    f: impl FnOnce(&mut Outcome, &Bases),
) -> Outcome {
    let mut o = batter_out(code, false);
    o.flyout = true;
    o.defender = Some(pos);
    if ctx.state.outs < 2 {
        f(&mut o, &ctx.state.bases);
    }
    o
}

fn wild_pitch(code: &str, bases: &Bases, advance: u8) -> Outcome {
    let mut o = Outcome::running(code).with_runners(bases, advance_all(advance));
    o.wild_pitch = !bases.is_empty();
    o
}

/// The batter reaches with help from an error. When the clean play was a hit he keeps his hit
/// and only the extra bases are the error's; when it was an out he reached on the error.
fn error_reach(
    bases: &Bases,
    clean: XPlay,
    pos: Position,
    code: &str,
    batter_to: u8,
    advance: u8,
) -> Outcome {
    let (clean_advance, clean_out) = clean_effect(clean);
    let mut o = Outcome::pa(code).with_runners(bases, advance_all(advance));
    o.batter = BatterFate::Reaches(Base::from_number(batter_to).unwrap_or(Base::First));
    o.errors.push(pos);
    match clean {
        XPlay::Hit { bases: b, .. } => o.hit = b,
        _ => {
            o.batter_on_error = true;
            o.no_rbi = true;
        }
    }
    o.error_prevented_out = clean_out;
    let clean_adv = clean_advance.unwrap_or(0);
    for b in bases.occupied_lead_first() {
        let i = b.index().unwrap_or(0);
        o.error_advance[i] = b.plus(advance) == Base::Home && b.plus(clean_adv) != Base::Home;
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_conversion() {
        let empty = Bases::default();
        assert_eq!(
            convert_hash(
                RangeResult::G2Hash,
                Position::SS,
                InfieldDepth::Normal,
                &[],
                &empty
            ),
            RangeResult::G2
        );
        assert_eq!(
            convert_hash(
                RangeResult::G3Hash,
                Position::SS,
                InfieldDepth::In,
                &[],
                &empty
            ),
            RangeResult::SI2
        );
        assert_eq!(
            convert_hash(
                RangeResult::G2Hash,
                Position::B3,
                InfieldDepth::CornersIn,
                &[],
                &empty
            ),
            RangeResult::SI2
        );
        assert_eq!(
            convert_hash(
                RangeResult::G2Hash,
                Position::SS,
                InfieldDepth::CornersIn,
                &[],
                &empty
            ),
            RangeResult::G2
        );
        assert_eq!(
            convert_hash(
                RangeResult::SI1,
                Position::SS,
                InfieldDepth::In,
                &[],
                &empty
            ),
            RangeResult::SI1
        );
    }
}

#[cfg(test)]
mod chart_tests {
    use super::x_play;
    use crate::ids::{Base, Position};
    use crate::league::XPlay;
    use crate::outcome::{BatterFate, Fate};
    use crate::resolve::{Ctx, Suspend, Tape};
    use crate::testing::{Scenario, ScriptedDice, sba_league};

    /// Every cell of every X-chart line resolves, with the bases empty and loaded, and moves
    /// the batter as the cell says.
    #[test]
    fn every_x_chart_line_resolves() {
        let league = sba_league();
        let lines = league
            .charts
            .x_chart
            .infield
            .iter()
            .map(|l| (Position::SS, l))
            .chain(
                league
                    .charts
                    .x_chart
                    .outfield
                    .iter()
                    .map(|l| (Position::CF, l)),
            );
        let mut cells = 0;
        for (pos, line) in lines {
            for play in [line.no_error, line.e1, line.e2, line.e3, line.rare] {
                for bases in ["", "123"] {
                    let s = Scenario::new(sba_league(), bases, 0);
                    let mut dice = ScriptedDice::new(&[], 10);
                    let mut tape = Tape::new(Vec::new(), Some(&mut dice));
                    // Decisions (tag-ups, groundball result 9) answered "go" then "throw".
                    let answers = [
                        crate::step::Choice::Go,
                        crate::step::Choice::Throw,
                        crate::step::Choice::Home,
                    ];
                    let state = s.game.state();
                    let mut ctx = Ctx::new(s.game.setup(), state, &mut tape, &answers, None);
                    let o = match x_play(&mut ctx, play, line.no_error, pos, "X") {
                        Ok(o) => o,
                        Err(Suspend::Need(step)) => panic!("{play:?}: unexpected step {step:?}"),
                        Err(Suspend::Corrupt(e)) => panic!("{play:?}: {e}"),
                    };
                    cells += 1;
                    match play {
                        XPlay::CaughtLeadRunnerDoubledOff if bases == "123" => {
                            assert_eq!(o.runners[2], Fate::Out { force: false })
                        }
                        XPlay::Hit { bases: b, .. } => assert_eq!(
                            o.batter,
                            BatterFate::Reaches(Base::from_number(b).unwrap_or(Base::Home)),
                            "{play:?}"
                        ),
                        XPlay::ErrorReach { batter_to, .. } => {
                            assert_eq!(
                                o.batter,
                                BatterFate::Reaches(
                                    Base::from_number(batter_to).unwrap_or(Base::Home)
                                )
                            );
                            assert_eq!(o.errors, vec![pos]);
                        }
                        XPlay::Popout
                        | XPlay::Flyout { .. }
                        | XPlay::CaughtRunnersTagTwo
                        | XPlay::CaughtAppealAtHome
                        | XPlay::CaughtLeadRunnerDoubledOff => {
                            assert!(matches!(o.batter, BatterFate::Out { .. }), "{play:?}")
                        }
                        XPlay::WildPitch { .. } | XPlay::DroppedFoul => {
                            assert_eq!(o.batter, BatterFate::Continues, "{play:?}")
                        }
                        XPlay::CatcherInterference => {
                            assert!(o.ci && o.batter == BatterFate::Reaches(Base::First))
                        }
                        XPlay::InsideTheParkHomeRun => assert_eq!(o.hit, 4),
                        _ => {}
                    }
                }
            }
        }
        assert!(cells >= 16 * 5 * 2, "{cells} cells");
    }
}
