//! Tests of fielder by location: zones, mirroring for left-handed batters, switch hitters.

use super::*;
use crate::league::GroundballType;
use crate::testing::sba_league;

fn spray() -> Spray {
    Spray {
        pull: 40,
        center: 34,
        slap: 26,
    }
}

fn charts() -> LocationCharts {
    sba_league().charts.location
}

#[test]
fn zones_follow_the_rates() {
    let s = spray();
    let count = |z| (1..=100u8).filter(|&d| s.zone(d) == z).count();
    assert_eq!(
        (
            count(Zone::Pull),
            count(Zone::Center),
            count(Zone::Opposite)
        ),
        (40, 34, 26)
    );
}

#[test]
fn left_handed_batters_mirror_right_handed_ones() {
    let c = charts();
    for table in [&c.groundball, &c.air, &c.popup] {
        for d in 1..=100u8 {
            let r = fielder(table, spray(), d, Hand::R);
            let l = fielder(table, spray(), d, Hand::L);
            assert_eq!(l, mirror(r), "d100 {d}");
        }
    }
    assert!(matches!(
        fielder(&c.groundball, spray(), 1, Hand::R),
        Position::B3 | Position::SS
    ));
    assert!(matches!(
        fielder(&c.groundball, spray(), 1, Hand::L),
        Position::B1 | Position::B2
    ));
    assert_eq!(fielder(&c.air, spray(), 100, Hand::R), Position::RF);
    assert_eq!(fielder(&c.air, spray(), 100, Hand::L), Position::LF);
}

#[test]
fn zone_tables_split_by_weight() {
    // Pull zone for a .40 puller: d100 1..=20 → 3B, 21..=40 → SS.
    let c = charts();
    let third = (1..=40u8).filter(|&d| fielder(&c.groundball, spray(), d, Hand::R) == Position::B3);
    assert_eq!(third.count(), 20);
}

#[test]
fn switch_hitters_bat_opposite_the_pitcher() {
    assert_eq!(batting_hand(Hand::S, Hand::R), Hand::L);
    assert_eq!(batting_hand(Hand::S, Hand::L), Hand::R);
    assert_eq!(batting_hand(Hand::R, Hand::R), Hand::R);
    assert_eq!(batting_hand(Hand::L, Hand::L), Hand::L);
    let c = charts();
    let gb = SlotResult::Groundball(GroundballType::A);
    // A switch hitter against a right-hander bats left: his pulled grounders go right.
    let r = card_result(gb, 1, batting_hand(Hand::S, Hand::R), spray(), &c);
    assert!(matches!(
        r,
        CardResult::GroundballA(Position::B1 | Position::B2)
    ));
    let r = card_result(gb, 1, batting_hand(Hand::S, Hand::L), spray(), &c);
    assert!(matches!(
        r,
        CardResult::GroundballA(Position::B3 | Position::SS)
    ));
}

#[test]
fn fixed_fielders_and_hits_map_per_cards_md() {
    let c = charts();
    let m = |r| card_result(r, 50, Hand::R, spray(), &c);
    assert_eq!(m(SlotResult::SingleCenter), CardResult::Single1);
    assert_eq!(m(SlotResult::DoublePull), CardResult::Double2);
    assert_eq!(
        m(SlotResult::SingleUncapped(Position::CF)),
        CardResult::SingleUncapped(Position::CF)
    );
    assert_eq!(
        m(SlotResult::FlyoutB(Position::LF)),
        CardResult::FlyoutB(Position::LF)
    );
    assert_eq!(
        m(SlotResult::XCheck(Position::SS)),
        CardResult::XCheck(Position::SS)
    );
    assert_eq!(m(SlotResult::FlyoutA), CardResult::FlyoutA(Position::CF));
    for d in 1..=100 {
        for slot in [
            SlotResult::Popout,
            SlotResult::Lineout,
            SlotResult::FlyoutBq,
            SlotResult::Groundball(GroundballType::C),
        ] {
            for hand in [Hand::L, Hand::R] {
                let r = card_result(slot, d, hand, spray(), &c);
                assert!(r.fielder_is_valid(), "{r:?}");
            }
        }
    }
}
