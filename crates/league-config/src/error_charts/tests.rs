//! Spot checks of the expanded error charts against fielding-charts.md.

use ErrorSize::{E1, E2, E3, None as No};
use engine_core::ids::Position;
use engine_core::league::{ErrorCharts, ErrorSize};

fn charts() -> ErrorCharts {
    crate::sba().unwrap().charts.errors
}

/// `(3d6 total, rating, expected size)` for one position.
fn check(pos: Position, cells: &[(u8, u8, ErrorSize)]) {
    let charts = charts();
    let chart = charts.for_position(pos);
    for &(total, rating, want) in cells {
        assert_eq!(
            chart.lookup(total, rating),
            want,
            "{pos} 3d6={total} e{rating}"
        );
    }
}

#[test]
fn tables_have_every_row_and_rating() {
    let charts = charts();
    let maxima = [
        (Position::B1, 30),
        (Position::B2, 71),
        (Position::B3, 65),
        (Position::SS, 88),
        (Position::LF, 25),
        (Position::CF, 25),
        (Position::C, 16),
        (Position::P, 51),
    ];
    for (pos, max) in maxima {
        let chart = charts.for_position(pos);
        assert_eq!(chart.max_rating, max, "{pos}");
        assert_eq!(chart.rows.len(), 16, "{pos}");
        assert!(
            chart.rows.iter().all(|r| r.len() == usize::from(max) + 1),
            "{pos}"
        );
        assert!(
            chart.rows.iter().all(|r| r[0] == No),
            "{pos}: e0 never errs"
        );
    }
    assert_eq!(
        charts.for_position(Position::RF),
        charts.for_position(Position::LF)
    );
}

#[test]
fn first_base() {
    check(
        Position::B1,
        &[
            (18, 5, E2),
            (18, 1, E1),
            (18, 29, No),
            (18, 30, E1),
            (18, 19, E2),
            (18, 28, E2),
            (18, 13, No),
            (17, 13, E2),
            (17, 29, E1),
            (16, 29, E2),
            (16, 23, E1),
            (15, 11, E1),
            (12, 29, E1),
            (6, 20, E1),
            (5, 10, No),
            (4, 10, No),
            (3, 8, E2),
            (3, 28, E2),
            (3, 21, E1),
            (3, 22, No),
        ],
    );
}

#[test]
fn second_base_with_quirky_bounds() {
    check(
        Position::B2,
        &[
            (18, 4, E2),
            (18, 65, E2),
            (18, 66, No),
            (18, 22, E1),
            (17, 71, E2),
            (17, 70, No),
            (16, 53, E2),
            (16, 71, E2),
            (16, 52, No),
            (16, 5, E1),
            (16, 10, E1),
            (16, 11, No),
            (15, 50, E1),
            (15, 62, E1),
            (10, 68, E1),
            (8, 68, No),
            (6, 56, E1),
            (6, 62, E1),
            (6, 63, No),
            (4, 21, E1),
            (3, 41, E2),
            (3, 2, E1),
        ],
    );
}

#[test]
fn third_base_row_16_repeats_row_18() {
    let charts = charts();
    assert_eq!(charts.b3.rows[16 - 3], charts.b3.rows[18 - 3]);
    check(
        Position::B3,
        &[
            (18, 11, E2),
            (18, 65, E2),
            (18, 41, E1),
            (17, 3, E2),
            (17, 10, E2),
            (17, 11, E1),
            (16, 62, E2),
            (15, 19, E2),
            (15, 27, E2),
            (15, 28, E1),
            (15, 31, E1),
            (12, 34, E1),
            (12, 50, E1),
            (12, 62, E2),
            (10, 53, E1),
            (10, 65, E1),
            (10, 52, No),
            (4, 44, E1),
            (3, 1, E1),
            (3, 56, E2),
        ],
    );
}

#[test]
fn shortstop() {
    check(
        Position::SS,
        &[
            (18, 68, E2),
            (18, 1, E1),
            (17, 14, E2),
            (17, 32, E2),
            (17, 8, E1),
            (17, 9, No),
            (17, 10, E1),
            (16, 33, E2),
            (16, 56, E2),
            (16, 88, E1),
            (15, 66, E2),
            (15, 76, E2),
            (15, 84, E2),
            (15, 31, E1),
            (15, 36, E1),
            (15, 37, No),
            (13, 32, E1),
            (13, 38, E1),
            (11, 88, E1),
            (4, 72, E2),
            (3, 84, E2),
        ],
    );
}

#[test]
fn outfield_charts() {
    check(
        Position::LF,
        &[
            (18, 4, E3),
            (18, 25, E3),
            (18, 18, E2),
            (18, 15, E1),
            (18, 13, No),
            (17, 13, E3),
            (17, 1, E2),
            (16, 7, E1),
            (16, 12, E1),
            (10, 19, E2),
            (7, 23, E1),
            (3, 16, E3),
            (3, 17, E3),
            (3, 11, E2),
        ],
    );
    check(
        Position::CF,
        &[
            (3, 12, E3),
            (3, 19, E3),
            (3, 10, E2),
            (3, 21, E1),
            (18, 4, E3),
            (18, 25, E2),
            (17, 20, E3),
            (16, 10, E1),
            (10, 5, No),
            (4, 3, E1),
        ],
    );
}

#[test]
fn catcher_and_pitcher() {
    check(
        Position::C,
        &[
            (18, 4, E2),
            (18, 16, E2),
            (18, 2, E1),
            (17, 13, E1),
            (14, 6, E1),
            (7, 16, E1),
            (3, 12, E2),
            (3, 11, E1),
            (9, 9, No),
        ],
    );
    check(
        Position::P,
        &[
            (18, 48, E2),
            (18, 49, No),
            (17, 50, E2),
            (16, 51, E2),
            (16, 23, E1),
            (13, 30, E1),
            (13, 34, E1),
            (11, 27, E1),
            (11, 38, E1),
            (12, 51, E1),
            (4, 40, E1),
            (3, 43, E2),
        ],
    );
}
