//! Every X-chart line against fielding-charts.md.

use engine_core::ids::Position;
use engine_core::league::RangeResult::{self, *};
use engine_core::league::XPlay::{self, *};
use engine_core::league::{FlyballType, GroundballType, XChart};

fn chart() -> XChart {
    crate::sba().unwrap().charts.x_chart
}

fn reach(batter_to: u8, advance: u8) -> XPlay {
    ErrorReach { batter_to, advance }
}

fn hit(bases: u8, advance: u8) -> XPlay {
    Hit { bases, advance }
}

/// `[no_error, e1, e2, e3, rare]` of one line.
fn check(chart: &XChart, pos: Position, base: RangeResult, want: [XPlay; 5]) {
    let line = chart
        .line(pos, base)
        .unwrap_or_else(|| panic!("{pos} has no {base:?} line"));
    let got = [line.no_error, line.e1, line.e2, line.e3, line.rare];
    assert_eq!(got, want, "{pos} {base:?}");
}

#[test]
fn infield_lines() {
    let x = &chart();
    let gb = |kind| Groundball { kind };
    let wp = WildPitch { advance: 1 };
    let check = |base, want| {
        for pos in [Position::P, Position::C, Position::B1, Position::SS] {
            check(x, pos, base, want);
        }
    };
    check(
        SI1,
        [
            hit(1, 1),
            reach(2, 2),
            reach(3, 3),
            reach(3, 3),
            LinerHitsRunner,
        ],
    );
    check(
        SI2,
        [
            hit(1, 2),
            reach(2, 2),
            reach(3, 3),
            reach(3, 3),
            SingleBatterOutRounding,
        ],
    );
    check(
        SPD,
        [
            SpeedCheck,
            reach(2, 2),
            reach(3, 3),
            reach(3, 3),
            SpeedCheck,
        ],
    );
    check(
        PO,
        [Popout, reach(1, 1), reach(2, 3), reach(2, 3), hit(1, 1)],
    );
    check(
        FO,
        [
            FoulOut,
            DroppedFoul,
            DroppedFoul,
            DroppedFoul,
            CatcherInterference,
        ],
    );
    check(WP, [wp, wp, wp, wp, WildPitch { advance: 2 }]);
    let wpc = WildPitchCheck;
    check(X, [wpc, wpc, wpc, wpc, BalkWildPitch]);
    let g = |kind, rare| [gb(kind), reach(1, 1), reach(2, 2), reach(2, 2), rare];
    check(G1, g(GroundballType::A, InterferenceDoublePlay));
    check(G2, g(GroundballType::B, OutAtFirstForcedOnly));
    check(G3, g(GroundballType::C, OutAtFirstRunnersAdvance));
    assert_eq!(x.infield.len(), 10);
}

#[test]
fn outfield_lines() {
    let x = &chart();
    let check = |base, want| {
        for pos in [Position::LF, Position::CF, Position::RF] {
            check(x, pos, base, want);
        }
    };
    check(
        SI2,
        [
            hit(1, 2),
            reach(2, 2),
            reach(3, 3),
            reach(3, 3),
            SingleBatterOutRounding,
        ],
    );
    check(
        DO2,
        [
            hit(2, 2),
            reach(3, 3),
            reach(3, 3),
            reach(4, 4),
            DoubleHiddenBall,
        ],
    );
    check(
        DO3,
        [
            hit(2, 3),
            reach(3, 3),
            reach(4, 4),
            reach(4, 4),
            DoubleOrAppeal,
        ],
    );
    check(
        TR3,
        [
            hit(3, 3),
            reach(4, 4),
            reach(4, 4),
            reach(4, 4),
            InsideTheParkHomeRun,
        ],
    );
    let f = |kind, rare| [Flyout { kind }, reach(1, 1), reach(2, 2), reach(3, 3), rare];
    check(F1, f(FlyballType::A, CaughtRunnersTagTwo));
    check(F2, f(FlyballType::B, CaughtAppealAtHome));
    check(F3, f(FlyballType::C, CaughtLeadRunnerDoubledOff));
    assert_eq!(x.outfield.len(), 7);
    assert!(x.line(Position::CF, G1).is_none());
}
