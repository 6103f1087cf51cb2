//! Rules §6 Groundballs: the chart lookup (type, base code, infield depth, where the ball was
//! hit) and the 13 numbered result procedures of the legend.

use crate::advancement::{advance_all, into_open_bases};
use crate::bases::Bases;
use crate::command::InfieldDepth;
use crate::ids::{Base, Position};
use crate::league::{ChartDepth, GroundballResult, GroundballType};
use crate::outcome::{BatterFate, Fate, Outcome};
use crate::resolve::{Ctx, R};
use crate::running_game::speed_check;
use crate::step::{Choice, Question};

/// The chart column for a ball hit to `pos` with the given infield depth: corners-in plays in
/// only when the ball goes to 1B, 3B, P or C.
#[must_use]
pub fn chart_depth(depth: InfieldDepth, pos: Position) -> ChartDepth {
    match depth {
        InfieldDepth::Normal => ChartDepth::Normal,
        InfieldDepth::In => ChartDepth::In,
        InfieldDepth::CornersIn => {
            if matches!(pos, Position::B1 | Position::B3 | Position::P | Position::C) {
                ChartDepth::In
            } else {
                ChartDepth::Normal
            }
        }
    }
}

/// Resolve a groundball of `kind` to `pos` (rules §6).
pub(crate) fn groundball(
    ctx: &mut Ctx<'_, '_>,
    kind: GroundballType,
    pos: Position,
    code: &str,
) -> R<Outcome> {
    let bases = ctx.state.bases;
    let depth = chart_depth(ctx.state.defense.infield, pos);
    let result = ctx
        .league()
        .charts
        .groundball
        .lookup(kind, depth, bases.code());
    let mut o = apply_result(ctx, result, pos, &bases)?;
    o.result = format!("{code}#{}", result.number());
    o.defender = Some(pos);
    if ctx.state.outs >= 2 && o.outs() > 0 {
        o = two_out_rule(o, &bases);
    }
    Ok(o)
}

/// With two outs any result that records an out ends the half at once and no runner scores:
/// keep the result's first out; the batter reaches first if he was not that out.
fn two_out_rule(o: Outcome, bases: &Bases) -> Outcome {
    let mut r = Outcome {
        runners: [Fate::Stay; 3],
        gidp: false,
        double_play: false,
        ..o.clone()
    };
    if matches!(o.batter, BatterFate::Out { .. }) {
        r.batter = o.batter;
        return r;
    }
    // The first runner out, lead runner first.
    if let Some(b) = bases
        .occupied_lead_first()
        .find(|b| matches!(o.runners[b.index().unwrap_or(0)], Fate::Out { .. }))
    {
        let i = b.index().unwrap_or(0);
        r.runners[i] = o.runners[i];
        r.batter = BatterFate::Reaches(Base::First);
        // Make room at first for the batter (the half is over; this only keeps bases legal).
        if i != 0 && bases.occupied(Base::First) {
            r.runners[0] = Fate::Stay;
        }
    }
    r
}

fn batter_out() -> BatterFate {
    BatterFate::Out { before_first: true }
}

/// One of the 13 legend procedures.
pub(crate) fn apply_result(
    ctx: &mut Ctx<'_, '_>,
    result: GroundballResult,
    pos: Position,
    bases: &Bases,
) -> R<Outcome> {
    let mut o = Outcome::pa("GB");
    let first = bases.occupied(Base::First);
    let hit_to = |set: &[Position]| set.contains(&pos);
    match result.number() {
        1 => o.batter = batter_out(),
        2 => {
            o.batter = batter_out();
            if first {
                o.runners[0] = Fate::Out { force: true };
                mark_dp(&mut o);
            }
        }
        3 => {
            o = o.with_runners(bases, advance_all(1));
            o.batter = batter_out();
        }
        4 => {
            o = o.with_runners(bases, advance_all(1));
            force_at_second_or_out(&mut o, first);
        }
        5 => {
            if hit_to(&[Position::B1, Position::B2]) {
                o = o.with_runners(bases, advance_all(1));
            }
            o.batter = batter_out();
        }
        6 => {
            let third = bases.occupied(Base::Third).then(|| {
                if hit_to(&[Position::B2, Position::SS]) {
                    Fate::To(Base::Home)
                } else {
                    Fate::Stay
                }
            });
            o.runners = into_open_bases(bases, [None, None, third], false);
            o.batter = batter_out();
        }
        7 => {
            o = o.with_runners(bases, advance_all(1));
            if bases.occupied(Base::Third) {
                o.runners[2] = Fate::Out {
                    force: bases.forced(Base::Third),
                };
                o.batter = BatterFate::Reaches(Base::First);
            } else {
                o.batter = batter_out();
            }
        }
        8 => {
            let fixed = [
                first.then_some(Fate::Out { force: true }),
                None,
                bases.occupied(Base::Third).then_some(Fate::Stay),
            ];
            o.runners = into_open_bases(bases, fixed, false);
            // Runner on second advances only if forced.
            if bases.occupied(Base::Second) && !bases.forced(Base::Second) {
                o.runners[1] = Fate::Stay;
            }
            o.batter = if first {
                BatterFate::Reaches(Base::First)
            } else {
                batter_out()
            };
        }
        9 => o = decide_at_home(ctx, bases, pos)?,
        10 => {
            o = o.with_runners(bases, advance_all(1));
            o.batter = batter_out();
            if bases.occupied(Base::Third) {
                o.runners[2] = Fate::Out { force: true };
                mark_dp(&mut o);
            }
        }
        11 => {
            o = o.with_runners(bases, advance_all(1));
            o.batter = BatterFate::Reaches(Base::First);
            o.hit = 1;
        }
        12 => {
            o = o.with_runners(bases, advance_all(1));
            if bases.occupied(Base::Second) {
                o.runners[1] = Fate::Out {
                    force: bases.forced(Base::Second),
                };
                o.batter = BatterFate::Reaches(Base::First);
            } else {
                o.batter = batter_out();
            }
        }
        _ => {
            // 13: double play at second and first, others advance one.
            o = o.with_runners(bases, advance_all(1));
            o.batter = batter_out();
            if first {
                o.runners[0] = Fate::Out { force: true };
                mark_dp(&mut o);
            }
        }
    }
    Ok(o)
}

fn mark_dp(o: &mut Outcome) {
    o.gidp = true;
    o.double_play = true;
    o.no_rbi = true;
}

/// Result 4: the runner from first is forced at second and the batter is safe; with nobody on
/// first the batter is simply out.
fn force_at_second_or_out(o: &mut Outcome, first: bool) {
    if first {
        o.runners[0] = Fate::Out { force: true };
        o.batter = BatterFate::Reaches(Base::First);
    } else {
        o.batter = batter_out();
    }
}

/// Result 9: the offense decides whether the runner on third goes; the defense then chooses
/// home (speed check) or first.
fn decide_at_home(ctx: &mut Ctx<'_, '_>, bases: &Bases, pos: Position) -> R<Outcome> {
    let mut o = Outcome::pa("GB");
    let Some(runner) = bases.get(Base::Third) else {
        o.batter = batter_out();
        o.runners = into_open_bases(bases, [None; 3], false);
        return Ok(o);
    };
    let offense = ctx.offense();
    let defense = ctx.defense();
    let go = ctx.ask(
        offense,
        Question::Send {
            runner: runner.player,
            from: Base::Third,
            to: Base::Home,
        },
    )?;
    if go == Choice::Hold {
        o.batter = batter_out();
        o.runners = into_open_bases(bases, [None, None, Some(Fate::Stay)], false);
        return Ok(o);
    }
    if ctx.ask(
        defense,
        Question::ThrowTarget {
            runner: runner.player,
        },
    )? == Choice::First
    {
        o = o.with_runners(bases, advance_all(1));
        o.batter = batter_out();
        return Ok(o);
    }
    let safe = speed_check(ctx, runner.player, pos, false)?;
    let third = if safe {
        Fate::To(Base::Home)
    } else {
        Fate::Out { force: false }
    };
    o = o.with_runners(bases, crate::advancement::forced_only(bases));
    o.runners[2] = third;
    o.batter = BatterFate::Reaches(Base::First);
    Ok(o)
}
