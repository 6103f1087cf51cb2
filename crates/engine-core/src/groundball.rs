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

#[cfg(test)]
mod tests {
    use crate::card_result::CardResult as C;
    use crate::command::InfieldDepth;
    use crate::ids::Position::{self, *};
    use crate::league::GroundballResult;
    use crate::play_record::PlayRecord;
    use crate::step::Choice;
    use crate::testing::Scenario;

    fn sba() -> crate::League {
        crate::testing::sba_league()
    }

    /// (first, second, third, batter) finals; None = nobody there.
    type Finals = [Option<u8>; 4];

    fn finals(r: &PlayRecord) -> Finals {
        [
            r.on_first_final,
            r.on_second_final,
            r.on_third_final,
            r.batter_final,
        ]
    }

    fn gb(
        result: C,
        bases: &str,
        outs: u8,
        depth: InfieldDepth,
        answers: &[Choice],
        dice: &[u8],
    ) -> PlayRecord {
        let mut s = Scenario::new(sba(), bases, outs);
        s.game.state_mut().defense.infield = depth;
        s.play(result, answers, dice)
    }

    /// A chart whose every cell is `n`, to exercise results the default chart never picks.
    fn forced(n: u8, result: C, bases: &str, outs: u8, answers: &[Choice]) -> PlayRecord {
        let mut league = sba();
        let r = GroundballResult::new(n).expect("1..=13");
        league.charts.groundball.cells = [[[r; 8]; 2]; 3];
        let mut s = Scenario::new(league, bases, outs);
        s.play(result, answers, &[])
    }

    const N: InfieldDepth = InfieldDepth::Normal;
    const IN: InfieldDepth = InfieldDepth::In;

    #[test]
    fn result_1_batter_out_runners_hold() {
        let r = gb(C::GroundballA(SS), "", 0, N, &[], &[]);
        assert!(r.result.ends_with("#1"));
        assert_eq!(finals(&r), [None, None, None, Some(0)]);
        assert_eq!((r.outs, r.ab), (1, 1));
    }

    #[test]
    fn result_2_double_play_others_hold() {
        let r = gb(C::GroundballA(SS), "1", 0, N, &[], &[]);
        assert!(r.result.ends_with("#2"));
        assert_eq!(finals(&r), [Some(0), None, None, Some(0)]);
        assert_eq!((r.outs, r.gidp, r.double_play), (2, 1, 1));
    }

    #[test]
    fn result_3_batter_out_runners_advance() {
        let r = gb(C::GroundballA(B2), "3", 0, N, &[], &[]);
        assert!(r.result.ends_with("#3"));
        assert_eq!(finals(&r), [None, None, Some(4), Some(0)]);
        assert_eq!((r.run, r.rbi), (1, 1));
    }

    #[test]
    fn result_4_force_at_second_batter_safe() {
        let r = gb(C::GroundballB(SS), "1", 0, N, &[], &[]);
        assert!(r.result.ends_with("#4"));
        assert_eq!(finals(&r), [Some(0), None, None, Some(1)]);
        assert_eq!(r.hit, 0);
    }

    #[test]
    fn result_5_advance_only_on_right_side() {
        let r = gb(C::GroundballB(B2), "2", 0, N, &[], &[]);
        assert!(r.result.ends_with("#5"));
        assert_eq!(finals(&r), [None, Some(3), None, Some(0)]);
        let r = gb(C::GroundballB(SS), "2", 0, N, &[], &[]);
        assert_eq!(finals(&r), [None, Some(2), None, Some(0)]);
    }

    #[test]
    fn result_6_third_scores_on_middle_infield_others_into_open_bases() {
        let r = forced(6, C::GroundballC(SS), "123", 0, &[]);
        assert_eq!(finals(&r), [Some(2), Some(3), Some(4), Some(0)]);
        let r = forced(6, C::GroundballC(B3), "123", 0, &[]);
        assert_eq!(finals(&r), [Some(1), Some(2), Some(3), Some(0)]);
    }

    #[test]
    fn result_7_out_at_home_batter_safe() {
        let r = gb(C::GroundballB(SS), "23", 0, IN, &[], &[]);
        assert!(r.result.ends_with("#7"));
        assert_eq!(finals(&r), [None, Some(3), Some(0), Some(1)]);
        assert_eq!(r.run, 0);
    }

    #[test]
    fn result_8_force_at_second_third_holds() {
        let r = gb(C::GroundballB(SS), "13", 0, IN, &[], &[]);
        assert!(r.result.ends_with("#8"));
        assert_eq!(finals(&r), [Some(0), None, Some(3), Some(1)]);
    }

    #[test]
    fn result_9_decide_at_home() {
        // Runner holds: batter out, runner stays.
        let r = gb(C::GroundballC(SS), "3", 0, IN, &[Choice::Hold], &[]);
        assert!(r.result.ends_with("#9"));
        assert_eq!(finals(&r), [None, None, Some(3), Some(0)]);
        // Runner goes, defense throws to first: run scores, batter out.
        let r = gb(
            C::GroundballC(SS),
            "3",
            0,
            IN,
            &[Choice::Go, Choice::First],
            &[],
        );
        assert_eq!(finals(&r), [None, None, Some(4), Some(0)]);
        // Runner goes, throw home, speed check 20 > 12: out at home, batter safe.
        let r = gb(
            C::GroundballC(SS),
            "3",
            0,
            IN,
            &[Choice::Go, Choice::Home],
            &[20],
        );
        assert_eq!(finals(&r), [None, None, Some(0), Some(1)]);
        // Speed check 1: safe.
        let r = gb(
            C::GroundballC(SS),
            "3",
            0,
            IN,
            &[Choice::Go, Choice::Home],
            &[1],
        );
        assert_eq!(finals(&r), [None, None, Some(4), Some(1)]);
    }

    #[test]
    fn result_10_double_play_home_to_first() {
        let r = gb(C::GroundballA(SS), "123", 0, IN, &[], &[]);
        assert!(r.result.ends_with("#10"));
        assert_eq!(finals(&r), [Some(2), Some(3), Some(0), Some(0)]);
        assert_eq!((r.outs, r.run), (2, 0));
    }

    #[test]
    fn result_11_infield_hit() {
        let r = forced(11, C::GroundballC(SS), "12", 0, &[]);
        assert_eq!(finals(&r), [Some(2), Some(3), None, Some(1)]);
        assert_eq!(r.hit, 1);
    }

    #[test]
    fn result_12_force_at_third_runner_scores_from_third() {
        let r = gb(C::GroundballC(SS), "123", 0, IN, &[], &[]);
        assert!(r.result.ends_with("#12"));
        assert_eq!(finals(&r), [Some(2), Some(0), Some(4), Some(1)]);
        assert_eq!(r.run, 1);
    }

    #[test]
    fn result_13_double_play_others_advance() {
        let r = gb(C::GroundballA(SS), "12", 0, N, &[], &[]);
        assert!(r.result.ends_with("#13"));
        assert_eq!(finals(&r), [Some(0), Some(3), None, Some(0)]);
        assert_eq!((r.outs, r.rbi), (2, 0));
    }

    #[test]
    fn two_outs_any_out_ends_the_half_and_no_runner_scores() {
        let r = gb(C::GroundballA(B2), "3", 2, N, &[], &[]);
        assert_eq!(r.run, 0);
        assert_eq!(r.outs, 1);
    }

    #[test]
    fn run_does_not_count_on_a_third_out_force() {
        // One out, first and third, DP ball: the batter is the third out; no run.
        let r = gb(C::GroundballA(SS), "13", 1, N, &[], &[]);
        assert!(r.result.ends_with("#13"));
        assert_eq!((r.outs, r.run), (2, 0));
    }

    #[test]
    fn infield_in_and_corners_in_columns() {
        use super::chart_depth;
        use crate::league::ChartDepth;
        assert_eq!(chart_depth(IN, SS), ChartDepth::In);
        for (pos, want) in [
            (B1, ChartDepth::In),
            (B3, ChartDepth::In),
            (Position::P, ChartDepth::In),
            (C, ChartDepth::In),
            (SS, ChartDepth::Normal),
            (B2, ChartDepth::Normal),
        ] {
            assert_eq!(chart_depth(InfieldDepth::CornersIn, pos), want, "{pos}");
        }
        // Corners in, third only, groundball A to 3B uses the "in" column: result 1, runner holds.
        let r = gb(
            C::GroundballA(B3),
            "3",
            0,
            InfieldDepth::CornersIn,
            &[],
            &[],
        );
        assert!(r.result.ends_with("#1"), "{}", r.result);
        // ... and to SS the normal column: result 3, the run scores.
        let r = gb(
            C::GroundballA(SS),
            "3",
            0,
            InfieldDepth::CornersIn,
            &[],
            &[],
        );
        assert!(r.result.ends_with("#3"), "{}", r.result);
    }
}
