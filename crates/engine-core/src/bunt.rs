//! Rules §9 Bunts and hit-and-run: the bunt chart by the batter's bunting grade (sacrifice,
//! squeeze, bunt for a hit), the hit-and-run contact roll and its modifiers on the at-bat.

use crate::advancement::advance_all;
use crate::bases::Bases;
use crate::command::OffenseDecision;
use crate::dice::Purpose;
use crate::ids::{Base, Grade};
use crate::league::BuntResult;
use crate::outcome::{BatterFate, Fate, Outcome};
use crate::ratings::RatingKind;
use crate::resolve::{Ctx, R};

fn grade(v: i16) -> Grade {
    Grade::ALL[usize::try_from(v.clamp(0, 3)).unwrap_or(3)]
}

/// Resolve a sacrifice bunt, squeeze or bunt for a hit.
pub(crate) fn bunt(ctx: &mut Ctx<'_, '_>, kind: &OffenseDecision) -> R<Outcome> {
    let batter = ctx.state.team(ctx.offense()).batter();
    let g = grade(ctx.rating(batter, RatingKind::Bunting)?);
    let d = ctx.d20(Purpose::Bunt)?;
    let tables = &ctx.league().charts.bunt;
    let (table, code) = match kind {
        OffenseDecision::Squeeze => (&tables.squeeze, "SQUEEZE"),
        OffenseDecision::BuntForHit => (&tables.for_hit, "BUNT_HIT"),
        _ => (&tables.sacrifice, "SAC_BUNT"),
    };
    let result = tables.lookup(table, g, d);
    let bases = ctx.state.bases;
    let sacrifice_kind = !matches!(kind, OffenseDecision::BuntForHit);
    Ok(bunt_result(&bases, result, code, sacrifice_kind))
}

/// One bunt-chart result applied to the bases.
pub(crate) fn bunt_result(
    bases: &Bases,
    result: BuntResult,
    code: &str,
    sacrifice_kind: bool,
) -> Outcome {
    let mut o = Outcome::pa(format!("{code}:{result:?}"));
    match result {
        BuntResult::Sacrifice => {
            o = o.with_runners(bases, advance_all(1));
            o.batter = BatterFate::Out { before_first: true };
            o.sac = sacrifice_kind && !bases.is_empty();
        }
        BuntResult::Single => {
            o = o.with_runners(bases, advance_all(1));
            o.batter = BatterFate::Reaches(Base::First);
            o.hit = 1;
        }
        BuntResult::LeadRunnerOut => {
            o = o.with_runners(bases, advance_all(1));
            match bases.lead() {
                Some(lead) => {
                    o.runners[lead.index().unwrap_or(0)] = Fate::Out {
                        force: bases.forced(lead),
                    };
                    o.batter = BatterFate::Reaches(Base::First);
                }
                None => o.batter = BatterFate::Out { before_first: true },
            }
        }
        BuntResult::PopUp => {
            o.batter = BatterFate::Out {
                before_first: false,
            }
        }
        BuntResult::DoublePlay => {
            o.batter = BatterFate::Out { before_first: true };
            if let Some(lead) = bases.lead() {
                o.runners[lead.index().unwrap_or(0)] = Fate::Out {
                    force: bases.forced(lead),
                };
                o.double_play = true;
                o.no_rbi = true;
            }
        }
    }
    o
}

/// The hit-and-run contact roll: true on contact.
pub(crate) fn hit_and_run_contact(ctx: &mut Ctx<'_, '_>) -> R<bool> {
    let batter = ctx.state.team(ctx.offense()).batter();
    let g = grade(ctx.rating(batter, RatingKind::HitAndRun)?);
    let threshold = ctx.league().charts.hit_and_run[g.index()];
    let d = ctx.d20(Purpose::HitAndRun)?;
    Ok(d <= threshold)
}

/// The runners who go on a hit-and-run: the runner on second if third is open, and the runner
/// on first if second is open or its runner goes too.
#[must_use]
pub fn hit_and_run_runners(bases: &Bases) -> Vec<Base> {
    let second_goes = bases.occupied(Base::Second) && !bases.occupied(Base::Third);
    let first_goes = bases.occupied(Base::First) && (!bases.occupied(Base::Second) || second_goes);
    let mut out = Vec::new();
    if first_goes {
        out.push(Base::First);
    }
    if second_goes {
        out.push(Base::Second);
    }
    out
}
