//! Rules §2.6 auto mode: the engine reads digital cards itself (cards.md "Auto resolution").
//!
//! With both the batter's and the pitcher's digital cards in the setup, the at-bat roll
//! addresses one slot of the batter's side (white 1–3) or the pitcher's side (white 4–6,
//! column white − 3; the batter's card, same column, while the pitcher is tired, rules §11);
//! the slot's result becomes a card result, with the fielder from a hit-location d100
//! (recorded as `Purpose::Location`) when the card leaves it open. Without both cards, or in
//! manual entry, the owner of the rolled card submits the result as in manual mode.

use crate::card_result::CardResult;
use crate::dice::Purpose;
use crate::digital_card::Matchup;
use crate::hit_location::card_result;
use crate::ids::{Hand, Position};
use crate::league::ResultEntry;
use crate::plate_appearance::AtBatRoll;
use crate::resolve::{Ctx, R, Suspend};
use crate::slots::{CardOwner, slot_index};

/// The card result for an at-bat roll read from the digital cards, or `None` when the result
/// must be submitted by hand (manual entry, or a card missing).
pub(crate) fn read_card(
    ctx: &mut Ctx<'_, '_>,
    roll: &AtBatRoll,
    tired: bool,
) -> R<Option<CardResult>> {
    if ctx.setup.result_entry() != ResultEntry::Auto {
        return Ok(None);
    }
    let batter = ctx.state.team(ctx.offense()).batter();
    let pitcher = ctx.fielder(Position::P);
    let (Some((_, b)), Some((_, p))) = (ctx.setup.player(batter), ctx.setup.player(pitcher)) else {
        return Ok(None);
    };
    let (Some(batting), Some(pitching), Some(throws)) =
        (b.batting_card.as_ref(), p.pitching_card.as_ref(), p.throws)
    else {
        return Ok(None);
    };
    let throws = if throws == Hand::S { Hand::R } else { throws };
    let m = Matchup::new(batting, pitching, throws);
    // Rules §11: a tired pitcher's column (white 4–6) is read from the batter's card,
    // column white − 3.
    let white = if tired && roll.white >= 4 {
        roll.white - 3
    } else {
        roll.white
    };
    let (owner, slot) = slot_index(white, roll.red1, roll.red2, roll.split)
        .map_err(|e| Suspend::Corrupt(e.to_string()))?;
    let table = match owner {
        CardOwner::Batter => &m.batter.slots,
        CardOwner::Pitcher => m.pitcher,
    };
    let Some(slot_result) = table.result_at(slot) else {
        return Err(Suspend::Corrupt(format!(
            "slot {} is beyond a digital card's table",
            slot.index()
        )));
    };
    let d100 = if slot_result.needs_location() {
        ctx.roll(Purpose::Location, 100)?
    } else {
        0
    };
    Ok(Some(card_result(
        slot_result,
        d100,
        m.batting_hand,
        m.batter.spray,
        &ctx.league().charts.location,
    )))
}

#[cfg(test)]
mod tests;
