//! Rules §2.6 auto mode: the engine reads digital cards itself. The card model and slot mapping
//! live in cards.md; until a game's players carry digital cards, every result is submitted
//! manually (the step names the card's owner), which is what auto mode does without cards.

use crate::card_result::CardResult;
use crate::league::ResultEntry;
use crate::plate_appearance::AtBatRoll;
use crate::resolve::Ctx;

/// The card result for an at-bat roll in auto mode, when the cards are known.
pub(crate) fn read_card(ctx: &Ctx<'_, '_>, _roll: &AtBatRoll, _tired: bool) -> Option<CardResult> {
    match ctx.setup.result_entry() {
        ResultEntry::Manual | ResultEntry::Auto => None,
    }
}
