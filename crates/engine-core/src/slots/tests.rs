//! Tests of the slot mapping: the 4320 rolls, canonical order, table checks.

use super::*;
use std::collections::HashSet;

#[test]
fn the_4320_rolls_map_one_to_one_onto_the_2_x_2160_slots() {
    let mut seen = HashSet::new();
    for white in 1..=6 {
        for red1 in 1..=6 {
            for red2 in 1..=6 {
                for split in 1..=20 {
                    let (owner, slot) = slot_index(white, red1, red2, split).unwrap();
                    assert_eq!(roll_for(owner, slot), (white, red1, red2, split));
                    assert!(seen.insert((owner, slot)), "slot hit twice");
                }
            }
        }
    }
    assert_eq!(seen.len(), 2 * SLOTS_PER_SIDE);
    for owner in [CardOwner::Batter, CardOwner::Pitcher] {
        assert!(Slot::all().all(|s| seen.contains(&(owner, s))));
    }
}

#[test]
fn columns_are_consecutive_runs_of_720() {
    assert_eq!(
        slot_index(1, 1, 1, 1).unwrap(),
        (CardOwner::Batter, Slot(0))
    );
    assert_eq!(
        slot_index(2, 1, 1, 1).unwrap(),
        (CardOwner::Batter, Slot(720))
    );
    assert_eq!(
        slot_index(3, 6, 6, 20).unwrap(),
        (CardOwner::Batter, Slot(2159))
    );
    assert_eq!(
        slot_index(4, 1, 2, 3).unwrap(),
        (CardOwner::Pitcher, Slot(22))
    );
    assert_eq!(
        slot_index(6, 2, 1, 1).unwrap(),
        (CardOwner::Pitcher, Slot(1440 + 120))
    );
}

#[test]
fn out_of_range_dice_are_refused() {
    assert!(slot_index(0, 1, 1, 1).is_err());
    assert!(slot_index(7, 1, 1, 1).is_err());
    assert!(slot_index(1, 1, 7, 1).is_err());
    assert!(slot_index(1, 1, 1, 21).is_err());
    assert!(Slot::new(2160).is_none());
}

#[test]
fn results_take_runs_in_canonical_order() {
    let table = SlotTable::new([
        (SlotResult::Homerun, 20),
        (SlotResult::Triple, 0),
        (SlotResult::Walk, 140),
        (SlotResult::Strikeout, 2000),
    ])
    .unwrap();
    let at = |i| table.result_at(Slot::new(i).unwrap()).unwrap();
    assert_eq!(at(0), SlotResult::Homerun);
    assert_eq!(at(19), SlotResult::Homerun);
    assert_eq!(at(20), SlotResult::Walk);
    assert_eq!(at(159), SlotResult::Walk);
    assert_eq!(at(160), SlotResult::Strikeout);
    assert_eq!(at(2159), SlotResult::Strikeout);
    assert_eq!(table.slots_of(SlotResult::Triple), 0);
}

#[test]
fn bad_tables_are_refused() {
    assert_eq!(
        SlotTable::new([(SlotResult::Walk, 2159)]),
        Err(SlotTableError::Total { total: 2159 })
    );
    let dh = SlotResult::FlyoutB(Position::DH);
    assert_eq!(
        SlotTable::new([(dh, 2160)]),
        Err(SlotTableError::Fielder { result: dh })
    );
    let short: SlotTable = serde_json::from_str(r#"[{"result":{"kind":"walk"},"slots":5}]"#)
        .expect("unchecked tables deserialize");
    assert!(short.check().is_err());
    assert_eq!(short.result_at(Slot::new(2000).unwrap()), None);
}
