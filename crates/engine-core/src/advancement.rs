//! Rules §5 Runner advancement: hits, walks, and flyball tag-ups (§5.2), plus the small
//! movement helpers the other procedures share.

use crate::bases::Bases;
use crate::ids::{Base, Position};
use crate::league::FlyballType;
use crate::outcome::{BatterFate, Fate, Outcome};
use crate::resolve::{Ctx, R};
use crate::running_game::{DecideSpeed, decide_advance};

/// Every runner moves `n` bases (3 or more: every runner scores).
pub(crate) fn advance_all(n: u8) -> impl Fn(Base) -> Fate {
    move |b| {
        if n == 0 {
            Fate::Stay
        } else {
            Fate::To(b.plus(n))
        }
    }
}

/// A runner moves one base only if forced by the batter going to first.
pub(crate) fn forced_only(bases: &Bases) -> impl Fn(Base) -> Fate + '_ {
    move |b| {
        if bases.forced(b) {
            Fate::To(b.plus(1))
        } else {
            Fate::Stay
        }
    }
}

/// Runners advance only into an open base, lead runner first, given fates already fixed for
/// some runners (`fixed[i]` for the runner who started on base i+1).
pub(crate) fn into_open_bases(
    bases: &Bases,
    fixed: [Option<Fate>; 3],
    batter_to_first: bool,
) -> [Fate; 3] {
    let mut out = [Fate::Stay; 3];
    // Which bases will be occupied after the move, filled in lead-first order.
    let mut taken = [false; 4];
    for b in bases.occupied_lead_first() {
        let i = b.index().unwrap_or(0);
        let fate = match fixed[i] {
            Some(f) => f,
            None => {
                // A runner on third is never pushed home by this rule: he holds unless fixed.
                let next = b.plus(1);
                let open = next != Base::Home && !taken[usize::from(next.number() - 1)];
                if open { Fate::To(next) } else { Fate::Stay }
            }
        };
        if let Fate::To(t) = fate
            && t != Base::Home
        {
            taken[usize::from(t.number() - 1)] = true;
        }
        if fate == Fate::Stay {
            taken[usize::from(b.number() - 1)] = true;
        }
        out[i] = fate;
    }
    // The batter going to first pushes a runner still on first.
    if batter_to_first && out[0] == Fate::Stay && bases.occupied(Base::First) {
        out[0] = Fate::To(Base::Second);
        if out[1] == Fate::Stay && bases.occupied(Base::Second) {
            out[1] = Fate::To(Base::Third);
            if out[2] == Fate::Stay && bases.occupied(Base::Third) {
                out[2] = Fate::To(Base::Home);
            }
        }
    }
    out
}

/// A hit: the batter to `bases`, every runner `advance` bases.
pub(crate) fn hit(code: &str, state_bases: &Bases, bases: u8, advance: u8) -> Outcome {
    let mut o = Outcome::pa(code).with_runners(state_bases, advance_all(advance));
    o.hit = bases;
    o.batter = BatterFate::Reaches(Base::from_number(bases).unwrap_or(Base::First));
    o
}

/// Walk, HBP, intentional walk, catcher's interference: batter to first, forced runners only.
pub(crate) fn award_first(code: &str, bases: &Bases) -> Outcome {
    let mut o = Outcome::pa(code).with_runners(bases, forced_only(bases));
    o.batter = BatterFate::Reaches(Base::First);
    o
}

/// Batter out, runners hold (strikeout, lineout, popout).
pub(crate) fn batter_out(code: &str, before_first: bool) -> Outcome {
    let mut o = Outcome::pa(code);
    o.batter = BatterFate::Out { before_first };
    o
}

/// Rules §5.2: a flyout of type `kind` caught by the fielder at `pos`.
pub(crate) fn flyout(
    ctx: &mut Ctx<'_, '_>,
    code: &str,
    kind: FlyballType,
    pos: Position,
) -> R<Outcome> {
    let bases = ctx.state.bases;
    let mut o = batter_out(code, false);
    o.flyout = true;
    o.defender = Some(pos);
    if ctx.state.outs >= 2 {
        return Ok(o);
    }
    match kind {
        FlyballType::A => o = o.with_runners(&bases, advance_all(1)),
        FlyballType::B => {
            if bases.occupied(Base::Third) {
                o.runners[2] = Fate::To(Base::Home);
            }
            if let Some(r) = bases.get(Base::Second) {
                // Third is open once the runner from third has scored (or was empty).
                o.runners[1] = decide_advance(
                    ctx,
                    r.player,
                    Base::Second,
                    Base::Third,
                    pos,
                    DecideSpeed::TagUp,
                )?;
            }
        }
        FlyballType::BQ => {
            if let Some(r) = bases.get(Base::Third) {
                o.runners[2] = decide_advance(
                    ctx,
                    r.player,
                    Base::Third,
                    Base::Home,
                    pos,
                    DecideSpeed::TagUp,
                )?;
            }
        }
        FlyballType::C => {}
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bases::Runner;
    use crate::ids::PlayerId;

    fn on(first: bool, second: bool, third: bool) -> Bases {
        let r = |n| {
            Some(Runner {
                player: PlayerId(n),
                pitcher: PlayerId(0),
                earned: true,
            })
        };
        Bases([
            first.then(|| r(1)).flatten(),
            second.then(|| r(2)).flatten(),
            third.then(|| r(3)).flatten(),
        ])
    }

    #[test]
    fn open_bases_lead_first() {
        // Runners on first and second, third held: nobody can move.
        let b = on(true, true, true);
        let f = into_open_bases(&b, [None, None, Some(Fate::Stay)], false);
        assert_eq!(f, [Fate::Stay, Fate::Stay, Fate::Stay]);
        // Third scores: second to third, first to second.
        let f = into_open_bases(&b, [None, None, Some(Fate::To(Base::Home))], false);
        assert_eq!(
            f,
            [
                Fate::To(Base::Second),
                Fate::To(Base::Third),
                Fate::To(Base::Home)
            ]
        );
    }

    #[test]
    fn walk_moves_only_forced_runners() {
        let b = on(true, false, true);
        let o = award_first("WALK", &b);
        assert_eq!(o.runners, [Fate::To(Base::Second), Fate::Stay, Fate::Stay]);
    }
}
