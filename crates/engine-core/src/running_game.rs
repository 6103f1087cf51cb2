//! Rules §8 The running game: steals (jump roll, pickoff, balk, safe check, double steal),
//! wild pitches and passed balls (the chaos check), speed checks, uncapped hits and the
//! send/throw decisions they share with flyball tag-ups.

use crate::bases::Bases;
use crate::dice::Purpose;
use crate::ids::{Base, PlayerId, Position};
use crate::outcome::{BatterFate, Fate, Outcome};
use crate::ratings::{JUMP_AUTO, RatingKind};
use crate::resolve::{Ctx, R};
use crate::step::{Choice, Question};

/// Which speed-check modifiers apply to an extra-base attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DecideSpeed {
    /// A tag-up on a caught fly.
    TagUp,
    /// An extra base on a hit (home from second on a single gets the single modifier).
    OnHit,
}

/// Rules §8.4 speed check: d20 ≤ running + the fielder's arm (+ two-out bonus, − the
/// home-from-second-on-a-single penalty). True when safe.
pub(crate) fn speed_check(
    ctx: &mut Ctx<'_, '_>,
    runner: PlayerId,
    thrower: Position,
    home_from_second_on_single: bool,
) -> R<bool> {
    let running = ctx.rating(runner, RatingKind::Running)?;
    let arm = if thrower.is_outfield() || thrower == Position::C {
        ctx.rating(ctx.fielder(thrower), RatingKind::Arm(thrower))?
    } else {
        0
    };
    let mods = ctx.league().charts.speed;
    let mut safe = running + arm;
    if ctx.state.outs >= 2 {
        safe += i16::from(mods.two_outs);
    }
    if home_from_second_on_single {
        safe += i16::from(mods.home_from_second_on_single);
    }
    let d = ctx.d20(Purpose::SpeedCheck)?;
    Ok(i16::from(d) <= safe)
}

/// The send / throw-or-concede / speed-check sequence for one runner trying for `to`.
pub(crate) fn decide_advance(
    ctx: &mut Ctx<'_, '_>,
    runner: PlayerId,
    from: Base,
    to: Base,
    thrower: Position,
    kind: DecideSpeed,
) -> R<Fate> {
    let offense = ctx.offense();
    let defense = ctx.defense();
    if ctx.ask(offense, Question::Send { runner, from, to })? == Choice::Hold {
        return Ok(Fate::Stay);
    }
    if ctx.ask(defense, Question::Throw { runner, to })? == Choice::Concede {
        return Ok(Fate::To(to));
    }
    let penalty = kind == DecideSpeed::OnHit && from == Base::Second && to == Base::Home;
    Ok(if speed_check(ctx, runner, thrower, penalty)? {
        Fate::To(to)
    } else {
        Fate::Out { force: false }
    })
}

/// Rules §8.4 uncapped hits: runners advance `base_advance` (1 single, 2 double), then the lead
/// runner who can take an extra base may try; a trailing runner may take a base on the throw.
pub(crate) fn uncapped(
    ctx: &mut Ctx<'_, '_>,
    code: &str,
    bases_hit: u8,
    pos: Position,
) -> R<Outcome> {
    let bases = ctx.state.bases;
    let mut o = crate::advancement::hit(code, &bases, bases_hit, bases_hit);
    o.defender = Some(pos);
    // Lead runner candidates: for a single, the runner from second (to home) else from first
    // (to third); for a double, the runner from first (to home).
    let candidates: &[(Base, Base)] = if bases_hit == 1 {
        &[(Base::Second, Base::Home), (Base::First, Base::Third)]
    } else {
        &[(Base::First, Base::Home)]
    };
    let Some(&(from, to)) = candidates.iter().find(|(b, _)| bases.occupied(*b)) else {
        return Ok(o);
    };
    let Some(lead) = bases.get(from) else {
        return Ok(o);
    };
    let offense = ctx.offense();
    let defense = ctx.defense();
    if ctx.ask(
        offense,
        Question::Send {
            runner: lead.player,
            from,
            to,
        },
    )? == Choice::Hold
    {
        return Ok(o);
    }
    let idx = from.index().unwrap_or(0);
    if ctx.ask(
        defense,
        Question::Throw {
            runner: lead.player,
            to,
        },
    )? == Choice::Concede
    {
        o.runners[idx] = Fate::To(to);
        return Ok(o);
    }
    // On the throw, the trailing runner may take one more base.
    let trailing = trailing_runner(&bases, from, bases_hit);
    if let Some((trail_from, trail_to, trail_player)) = trailing
        && ctx.ask(
            offense,
            Question::Trail {
                runner: trail_player,
                from: trail_from,
                to: trail_to,
            },
        )? == Choice::Go
    {
        match trail_from.index() {
            Some(i) => o.runners[i] = Fate::To(trail_to),
            None => o.batter = BatterFate::Reaches(trail_to),
        }
    }
    let penalty = bases_hit == 1 && from == Base::Second;
    let safe = speed_check(ctx, lead.player, pos, penalty)?;
    o.runners[idx] = if safe {
        Fate::To(to)
    } else {
        Fate::Out { force: false }
    };
    Ok(o)
}

/// The runner behind the lead runner after the hit's advance, and the base he could take.
/// The batter is reported with `from` = `Home` (he starts at the plate).
fn trailing_runner(
    bases: &Bases,
    lead_from: Base,
    bases_hit: u8,
) -> Option<(Base, Base, PlayerId)> {
    let behind = Base::OCCUPIABLE
        .iter()
        .rev()
        .copied()
        .find(|&b| b < lead_from && bases.occupied(b));
    match behind {
        Some(b) => {
            let after_hit = b.plus(bases_hit);
            let extra = after_hit.plus(1);
            (after_hit != Base::Home && extra != Base::Home)
                .then(|| bases.get(b).map(|r| (b, extra, r.player)))
                .flatten()
        }
        // The batter: to second on a single, to third on a double.
        None => None,
    }
}

/// Rules §8.1 steals, declared in the offensive decision and resolved before the pitch.
pub(crate) fn steal(ctx: &mut Ctx<'_, '_>, runners: &[Base], with_jump: bool) -> R<Outcome> {
    let bases = ctx.state.bases;
    let Some(&lead_base) = runners.iter().max() else {
        return Ok(Outcome::running("NO_STEAL"));
    };
    let Some(lead) = bases.get(lead_base) else {
        return Ok(Outcome::running("NO_STEAL"));
    };
    let pitcher = ctx.fielder(Position::P);
    let catcher = ctx.fielder(Position::C);
    let mut o = Outcome::running("SB");
    o.reset_offense = true;
    o.runner = Some(lead.player);
    let mut good_jump = false;
    if with_jump {
        let jump = ctx.d20(Purpose::StealJump)?;
        if jump == 1 {
            let pickoff = match ctx.rating(pitcher, RatingKind::Pickoff) {
                Ok(v) => v,
                Err(_) => i16::from(ctx.league().charts.steal.default_pickoff),
            };
            let d = ctx.d20(Purpose::Pickoff)?;
            o.result = "PICKOFF_CHECK".into();
            if i16::from(d) <= pickoff {
                o.result = "PO".into();
                o.pick_off = true;
                o.caught.push(lead.player);
                o.runners[lead_base.index().unwrap_or(0)] = Fate::Out { force: false };
            }
            return Ok(o);
        }
        if jump == 2 {
            let balk = ctx.rating(pitcher, RatingKind::Balk)?;
            let d = ctx.d20(Purpose::Balk)?;
            o.result = "BALK_CHECK".into();
            if i16::from(d) <= balk {
                o = o.with_runners(&bases, crate::advancement::advance_all(1));
                o.result = "BK".into();
                o.balk = true;
            }
            return Ok(o);
        }
        let mask = ctx.rating(lead.player, RatingKind::StealJump)?;
        let a = ctx.roll(Purpose::Jump2d6, 6)?;
        let b = ctx.roll(Purpose::Jump2d6, 6)?;
        let total = a + b;
        good_jump = mask == JUMP_AUTO || mask & (1 << total) != 0;
    }
    let number = ctx.rating(
        lead.player,
        if good_jump {
            RatingKind::StealHigh
        } else {
            RatingKind::StealLow
        },
    )?;
    let arm = ctx.rating(catcher, RatingKind::Arm(Position::C))?;
    let hold = ctx.rating(pitcher, RatingKind::Hold)?;
    let held = if ctx.state.defense.hold.contains(&lead_base) {
        i16::from(ctx.league().charts.steal.held)
    } else {
        0
    };
    let safe_number = number - arm + hold + held;
    let d = ctx.d20(Purpose::StealSafe)?;
    let safe = i16::from(d) <= safe_number;
    for &b in runners {
        let Some(r) = bases.get(b) else { continue };
        let i = b.index().unwrap_or(0);
        if safe {
            o.runners[i] = Fate::To(b.plus(1));
            o.stolen.push(r.player);
        } else if b == lead_base {
            o.runners[i] = Fate::Out { force: false };
            o.caught.push(r.player);
        }
    }
    if !safe {
        o.result = "CS".into();
    }
    Ok(o)
}

/// Rules §8.3 the chaos check: a split d20 of 1 (wild pitch) or 2 (passed ball) with runners on.
/// The plate appearance goes on with a fresh at-bat roll either way.
pub(crate) fn chaos(ctx: &mut Ctx<'_, '_>, split: u8) -> R<Outcome> {
    let bases = ctx.state.bases;
    let wild = split == 1;
    let mut o = Outcome::running(if wild { "WP_CHECK" } else { "PB_CHECK" });
    if battery_check(ctx, wild)? {
        o = o.with_runners(&bases, crate::advancement::advance_all(1));
        o.result = if wild { "WP".into() } else { "PB".into() };
        o.wild_pitch = wild;
        o.passed_ball = !wild;
    }
    Ok(o)
}

/// A wild-pitch check (the pitcher's WP rating) or passed-ball check (the catcher's PB rating):
/// d20 ≤ the rating. True when the ball gets away.
pub(crate) fn battery_check(ctx: &mut Ctx<'_, '_>, wild_pitch: bool) -> R<bool> {
    let (who, kind, purpose) = if wild_pitch {
        (
            ctx.fielder(Position::P),
            RatingKind::WildPitch,
            Purpose::WildPitchCheck,
        )
    } else {
        (
            ctx.fielder(Position::C),
            RatingKind::PassedBall,
            Purpose::PassedBallCheck,
        )
    };
    let rating = ctx.rating(who, kind)?;
    let d = ctx.d20(purpose)?;
    Ok(i16::from(d) <= rating)
}
