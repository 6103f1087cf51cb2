//! Auto resolution through the engine: exact frequencies, the tired pitcher's column, switch
//! hitters' sides, and the manual fallback.

use super::*;
use crate::dice::SeededDice;
use crate::digital_card::{BattingSideTable, DigitalBattingCard, DigitalPitchingCard};
use crate::game::Game;
use crate::hit_location::Spray;
use crate::ids::Side;
use crate::league::GroundballType;
use crate::plate_appearance::roll_at_bat;
use crate::resolve::Tape;
use crate::setup::{GameSetup, Setup};
use crate::slots::{SLOTS_PER_SIDE, SlotResult, SlotTable};
use crate::testing::{sample_team, sba_league};
use std::collections::BTreeMap;

const SPRAY: Spray = Spray {
    pull: 40,
    center: 35,
    slap: 25,
};

fn table(runs: &[(SlotResult, u16)]) -> SlotTable {
    SlotTable::new(runs.iter().copied()).unwrap()
}

fn all(r: SlotResult) -> SlotTable {
    table(&[(r, 2160)])
}

fn batting(hand: Hand, vs_left: SlotTable, vs_right: SlotTable) -> DigitalBattingCard {
    DigitalBattingCard {
        hand,
        vs_left: BattingSideTable {
            slots: vs_left,
            spray: SPRAY,
        },
        vs_right: BattingSideTable {
            slots: vs_right,
            spray: SPRAY,
        },
    }
}

/// A sample game (auto entry unless `manual`) whose first away batter bats with `bats` and
/// the home starter throws with `throws`; every batter gets `batter` (hand adjusted) and every
/// pitcher `pitcher`.
fn setup(
    bats: Hand,
    throws: Hand,
    batter: &DigitalBattingCard,
    pitcher: &DigitalPitchingCard,
    manual: bool,
) -> Setup {
    let mut raw = GameSetup {
        league: sba_league(),
        result_entry: Some(if manual {
            ResultEntry::Manual
        } else {
            ResultEntry::Auto
        }),
        ballpark: None,
        away: sample_team("AWY", 100, true, true),
        home: sample_team("HOM", 200, true, true),
    };
    let first = raw.away.lineup[0].player;
    let starter = raw.home.pitcher;
    for team in [&mut raw.away, &mut raw.home] {
        for p in &mut team.players {
            if p.id == first {
                p.bats = Some(bats);
            }
            if p.id == starter {
                p.throws = Some(throws);
            }
            let hand = p.bats.unwrap_or(Hand::R);
            p.batting_card = Some(DigitalBattingCard {
                hand,
                ..batter.clone()
            });
            if p.positions.contains(&Position::P) {
                p.pitching_card = Some(pitcher.clone());
            }
        }
    }
    Setup::try_from(raw).unwrap()
}

/// Reads one at-bat roll (`dice` live) in a fresh game of `setup`; also returns the dice used.
fn read(
    setup: &Setup,
    dice: &mut dyn crate::dice::Dice,
    tired: bool,
) -> (Option<CardResult>, Vec<crate::dice::Roll>) {
    let game = Game::new(setup.clone());
    let mut tape = Tape::new(Vec::new(), Some(dice));
    let result = {
        let mut ctx = Ctx::new(setup, game.state(), &mut tape, &[], None);
        let roll = roll_at_bat(&mut ctx).unwrap();
        read_card(&mut ctx, &roll, tired).unwrap()
    };
    (result, tape.rolls)
}

/// Reads a fixed roll.
fn read_roll(setup: &Setup, roll: [u8; 4], tired: bool) -> CardResult {
    let mut dice = crate::testing::ScriptedDice::new(&roll, 50);
    read(setup, &mut dice, tired).0.unwrap()
}

fn batter_table() -> SlotTable {
    table(&[
        (SlotResult::Homerun, 60),
        (SlotResult::Walk, 180),
        (SlotResult::Strikeout, 480),
        (SlotResult::Single1, 300),
        (SlotResult::Groundball(GroundballType::A), 400),
        (SlotResult::FlyoutA, 300),
        (SlotResult::Popout, 140),
        (SlotResult::Lineout, 100),
        (SlotResult::Double2, 100),
        (SlotResult::SingleCenter, 100),
    ])
}

fn pitcher_table() -> SlotTable {
    table(&[
        (SlotResult::Strikeout, 500),
        (SlotResult::Walk, 150),
        (SlotResult::XCheck(Position::SS), 200),
        (SlotResult::Groundball(GroundballType::B), 500),
        (SlotResult::FlyoutB(Position::LF), 200),
        (SlotResult::SingleUncapped(Position::CF), 250),
        (SlotResult::Homerun, 60),
        (SlotResult::FlyoutBq, 300),
    ])
}

/// Chi-square goodness of fit: seeded at-bat rolls read through `read_card` give each card
/// result with probability ½·batter/108 + ½·pitcher/108, the located ones split exactly by the
/// location d100 over the league's zone tables.
#[test]
fn result_frequencies_match_half_batter_plus_half_pitcher() {
    let b = batting(Hand::R, batter_table(), batter_table());
    let p = DigitalPitchingCard {
        vs_left: pitcher_table(),
        vs_right: pitcher_table(),
    };
    let s = setup(Hand::R, Hand::R, &b, &p, false);
    let charts = &s.league().charts.location;
    let mut expected: BTreeMap<String, f64> = BTreeMap::new();
    for t in [batter_table(), pitcher_table()] {
        for (r, n) in t.counts() {
            let p = 0.5 * f64::from(n) / SLOTS_PER_SIDE as f64;
            for d in 1..=100u8 {
                let result = card_result(r, d, Hand::R, SPRAY, charts);
                *expected.entry(format!("{result:?}")).or_default() += p / 100.0;
            }
        }
    }
    let mut dice = SeededDice::new(20_261_126);
    let n = 200_000u32;
    let mut observed: BTreeMap<String, u32> = BTreeMap::new();
    for _ in 0..n {
        let (result, rolls) = read(&s, &mut dice, false);
        let result = result.unwrap();
        let located = rolls.iter().any(|r| r.purpose == Purpose::Location);
        assert_eq!(
            located,
            result.fielder().is_some()
                && !matches!(
                    result,
                    CardResult::XCheck(_) | CardResult::FlyoutB(_) | CardResult::SingleUncapped(_)
                )
        );
        *observed.entry(format!("{result:?}")).or_default() += 1;
    }
    assert!(
        observed.keys().all(|k| expected.contains_key(k)),
        "{observed:?}"
    );
    let mut chi2 = 0.0;
    for (key, p) in &expected {
        let obs = f64::from(observed.get(key).copied().unwrap_or(0));
        let e = p * f64::from(n);
        chi2 += (obs - e).powi(2) / e;
    }
    let df = (expected.len() - 1) as f64;
    // The 99.9th percentile of chi-square is below df + 3.1·sqrt(2·df) for df ≥ 20.
    let critical = df + 3.1 * (2.0 * df).sqrt();
    assert!(expected.len() > 20, "{}", expected.len());
    assert!(
        chi2 < critical,
        "chi2 {chi2:.1} over {df} df (critical {critical:.1})"
    );
}

#[test]
fn a_tired_pitchers_column_is_read_from_the_batters_card() {
    let b = table(&[
        (SlotResult::Walk, 720),
        (SlotResult::Hbp, 720),
        (SlotResult::Triple, 720),
    ]);
    let b = batting(Hand::R, b.clone(), b);
    let p = DigitalPitchingCard {
        vs_left: all(SlotResult::Strikeout),
        vs_right: all(SlotResult::Strikeout),
    };
    let s = setup(Hand::R, Hand::R, &b, &p, false);
    assert_eq!(read_roll(&s, [5, 3, 4, 9], false), CardResult::Strikeout);
    // White 5 while tired: the batter's card, column 2.
    assert_eq!(read_roll(&s, [5, 3, 4, 9], true), CardResult::Hbp);
    assert_eq!(read_roll(&s, [4, 1, 1, 1], true), CardResult::Walk);
    assert_eq!(read_roll(&s, [6, 6, 6, 20], true), CardResult::Triple);
    // The batter's own columns are unchanged.
    assert_eq!(read_roll(&s, [2, 1, 1, 1], true), CardResult::Hbp);
}

#[test]
fn a_switch_hitter_bats_opposite_the_pitcher_and_each_card_shows_that_side() {
    let b = batting(Hand::S, all(SlotResult::Walk), all(SlotResult::Homerun));
    let p = DigitalPitchingCard {
        vs_left: all(SlotResult::Strikeout),
        vs_right: all(SlotResult::Triple),
    };
    // Against a right-hander: his vs-right side; he bats left, so the pitcher's vs-left side.
    let s = setup(Hand::S, Hand::R, &b, &p, false);
    assert_eq!(read_roll(&s, [1, 2, 3, 4], false), CardResult::Homerun);
    assert_eq!(read_roll(&s, [4, 2, 3, 4], false), CardResult::Strikeout);
    // Against a left-hander: his vs-left side; he bats right.
    let s = setup(Hand::S, Hand::L, &b, &p, false);
    assert_eq!(read_roll(&s, [1, 2, 3, 4], false), CardResult::Walk);
    assert_eq!(read_roll(&s, [4, 2, 3, 4], false), CardResult::Triple);
    // A left-handed batter's pulled grounder goes to the right side.
    let gb = batting(
        Hand::L,
        all(SlotResult::Groundball(GroundballType::A)),
        all(SlotResult::Groundball(GroundballType::A)),
    );
    let s = setup(Hand::L, Hand::R, &gb, &p, false);
    let mut dice = crate::testing::ScriptedDice::new(&[1, 1, 1, 1, 1], 1);
    let (result, rolls) = read(&s, &mut dice, false);
    assert!(matches!(
        result,
        Some(CardResult::GroundballA(Position::B1 | Position::B2))
    ));
    assert_eq!(
        rolls.last().map(|r| (r.purpose, r.sides)),
        Some((Purpose::Location, 100))
    );
}

#[test]
fn manual_entry_or_a_missing_card_asks_for_the_result() {
    let b = batting(Hand::R, all(SlotResult::Walk), all(SlotResult::Walk));
    let p = DigitalPitchingCard {
        vs_left: all(SlotResult::Walk),
        vs_right: all(SlotResult::Walk),
    };
    let s = setup(Hand::R, Hand::R, &b, &p, true);
    let mut dice = SeededDice::new(1);
    assert_eq!(read(&s, &mut dice, false).0, None);
    let mut raw = setup(Hand::R, Hand::R, &b, &p, false).raw().clone();
    for pl in &mut raw.home.players {
        pl.pitching_card = None;
    }
    let s = Setup::try_from(raw).unwrap();
    assert_eq!(read(&s, &mut dice, false).0, None);
    assert_eq!(s.team(Side::Home).players[0].pitching_card, None);
}

#[test]
fn bad_cards_are_setup_problems() {
    use crate::setup::{CardKind, SetupProblem};
    use crate::slots::SlotTableError;
    let b = batting(Hand::R, all(SlotResult::Walk), all(SlotResult::Walk));
    let p = DigitalPitchingCard {
        vs_left: all(SlotResult::Walk),
        vs_right: all(SlotResult::Walk),
    };
    let mut raw = setup(Hand::R, Hand::R, &b, &p, false).raw().clone();
    let short: SlotTable =
        serde_json::from_str(r#"[{"result":{"kind":"walk"},"slots":2000}]"#).unwrap();
    let batter = &mut raw.away.players[0];
    let id = batter.id;
    if let Some(card) = batter.batting_card.as_mut() {
        card.vs_left.slots = short;
        card.vs_right.spray.pull = 90;
    }
    let starter = raw.home.pitcher;
    if let Some(pl) = raw.home.players.iter_mut().find(|pl| pl.id == starter) {
        pl.throws = None;
    }
    let e = Setup::try_from(raw).unwrap_err();
    assert!(e.problems.contains(&SetupProblem::CardTable {
        player: id,
        card: CardKind::Batting,
        vs: Hand::L,
        error: SlotTableError::Total { total: 2000 },
    }));
    assert!(e.problems.iter().any(
        |p| matches!(p, SetupProblem::SprayRates { player, vs: Hand::R, .. } if *player == id)
    ));
    assert!(
        e.problems
            .iter()
            .any(|p| matches!(p, SetupProblem::CardHand { player, .. } if *player == starter))
    );
}
