//! Rules §11 Pitcher fatigue: a pitcher is tired after 3·n outs (n = his starter rating if he
//! started, else his relief rating) or after allowing the league's fatigue runs in the outing.

use crate::ids::Side;
use crate::ratings::RatingKind;
use crate::resolve::{Ctx, R};

/// Whether the fielding team's pitcher is tired now. The endurance rating is asked for only
/// when the runs rule has not already made him tired.
pub(crate) fn is_tired(ctx: &Ctx<'_, '_>, side: Side) -> R<bool> {
    let Some(outing) = ctx.state.outing(side) else {
        return Ok(false);
    };
    if outing.runs >= u16::from(ctx.league().rules.fatigue_runs) {
        return Ok(true);
    }
    let kind = if outing.started {
        RatingKind::StarterEndurance
    } else {
        RatingKind::ReliefEndurance
    };
    let n = ctx.rating(outing.player, kind)?;
    Ok(i32::from(outing.outs) >= 3 * i32::from(n))
}
