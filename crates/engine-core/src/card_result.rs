//! Rules §4 Card results: the canonical result codes a card cell (or a manager, in manual
//! mode) gives, and what each needs before it can be resolved.

use crate::ids::Position;
use crate::league::{FlyballType, GroundballType};
use serde::{Deserialize, Serialize};

/// A card result (rules §4). Codes that name a fielder carry his position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "code", content = "fielder", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CardResult {
    /// Single, every runner advances one base ("SI*").
    Single1,
    /// Single, every runner advances two bases ("SI**").
    Single2,
    /// Single, runners advance one, then extra-base attempts (rules §8.4).
    SingleUncapped(Position),
    /// Double, runners advance two ("DO**").
    Double2,
    /// Double, every runner scores ("DO***").
    Double3,
    /// Double, runners advance two, the runner from first may try to score.
    DoubleUncapped(Position),
    /// Triple.
    Triple,
    /// Home run.
    Homerun,
    /// Ballpark home run: d20 ≤ park rating → home run, else `FLYOUT_B` to the pull field.
    BpHomerun,
    /// Ballpark single: d20 ≤ park rating → `SINGLE_1`, else `LINEOUT`.
    BpSingle,
    /// Walk.
    Walk,
    /// Hit by pitch.
    Hbp,
    /// Intentional walk.
    IntentionalWalk,
    /// Strikeout.
    Strikeout,
    /// Groundball A (double-play ball) to a fielder.
    GroundballA(Position),
    /// Groundball B.
    GroundballB(Position),
    /// Groundball C.
    GroundballC(Position),
    /// Flyout A (deep).
    FlyoutA(Position),
    /// Flyout B (medium).
    FlyoutB(Position),
    /// Flyout B? (medium-short).
    FlyoutBq(Position),
    /// Flyout C (short).
    FlyoutC(Position),
    /// Lineout, runners hold.
    Lineout(Position),
    /// Popout, runners hold.
    Popout(Position),
    /// Fielding check on that fielder (rules §7).
    XCheck(Position),
}

impl CardResult {
    /// The fielder the code names, if any.
    #[must_use]
    pub fn fielder(self) -> Option<Position> {
        use CardResult::*;
        match self {
            SingleUncapped(p) | DoubleUncapped(p) | GroundballA(p) | GroundballB(p)
            | GroundballC(p) | FlyoutA(p) | FlyoutB(p) | FlyoutBq(p) | FlyoutC(p) | Lineout(p)
            | Popout(p) | XCheck(p) => Some(p),
            _ => None,
        }
    }

    /// The groundball type, for groundball codes.
    #[must_use]
    pub fn groundball(self) -> Option<(GroundballType, Position)> {
        match self {
            CardResult::GroundballA(p) => Some((GroundballType::A, p)),
            CardResult::GroundballB(p) => Some((GroundballType::B, p)),
            CardResult::GroundballC(p) => Some((GroundballType::C, p)),
            _ => None,
        }
    }

    /// The flyball type, for flyout codes.
    #[must_use]
    pub fn flyball(self) -> Option<(FlyballType, Position)> {
        match self {
            CardResult::FlyoutA(p) => Some((FlyballType::A, p)),
            CardResult::FlyoutB(p) => Some((FlyballType::B, p)),
            CardResult::FlyoutBq(p) => Some((FlyballType::BQ, p)),
            CardResult::FlyoutC(p) => Some((FlyballType::C, p)),
            _ => None,
        }
    }

    /// Whether the fielder this code names is a legal one (e.g. no flyout to DH; uncapped hits
    /// name an outfielder).
    #[must_use]
    pub fn fielder_is_valid(self) -> bool {
        use CardResult::*;
        match self {
            SingleUncapped(p) | DoubleUncapped(p) => p.is_outfield(),
            FlyoutA(p) | FlyoutB(p) | FlyoutBq(p) | FlyoutC(p) => p != Position::DH,
            GroundballA(p) | GroundballB(p) | GroundballC(p) => {
                p.is_infield() || matches!(p, Position::P | Position::C)
            }
            Lineout(p) | Popout(p) | XCheck(p) => p != Position::DH,
            _ => true,
        }
    }
}

impl CardResult {
    /// Parse a result code as written in play records and scripts: `SINGLE_1`,
    /// `GROUNDBALL_A(SS)`, `X_CHECK(3B)`. `None` for an unknown code or a missing/extra fielder.
    #[must_use]
    pub fn from_code(code: &str) -> Option<CardResult> {
        use CardResult as C;
        let (name, fielder) = match code.split_once('(') {
            Some((n, rest)) => (n, Some(position_from_code(rest.strip_suffix(')')?)?)),
            None => (code, None),
        };
        let with = |f: fn(Position) -> CardResult| fielder.map(f);
        let plain = |r: CardResult| fielder.is_none().then_some(r);
        match name {
            "SINGLE_1" => plain(C::Single1),
            "SINGLE_2" => plain(C::Single2),
            "SINGLE_UNCAPPED" => with(C::SingleUncapped),
            "DOUBLE_2" => plain(C::Double2),
            "DOUBLE_3" => plain(C::Double3),
            "DOUBLE_UNCAPPED" => with(C::DoubleUncapped),
            "TRIPLE" => plain(C::Triple),
            "HOMERUN" => plain(C::Homerun),
            "BP_HOMERUN" => plain(C::BpHomerun),
            "BP_SINGLE" => plain(C::BpSingle),
            "WALK" => plain(C::Walk),
            "HBP" => plain(C::Hbp),
            "INTENTIONAL_WALK" => plain(C::IntentionalWalk),
            "STRIKEOUT" => plain(C::Strikeout),
            "GROUNDBALL_A" => with(C::GroundballA),
            "GROUNDBALL_B" => with(C::GroundballB),
            "GROUNDBALL_C" => with(C::GroundballC),
            "FLYOUT_A" => with(C::FlyoutA),
            "FLYOUT_B" => with(C::FlyoutB),
            "FLYOUT_BQ" => with(C::FlyoutBq),
            "FLYOUT_C" => with(C::FlyoutC),
            "LINEOUT" => with(C::Lineout),
            "POPOUT" => with(C::Popout),
            "X_CHECK" => with(C::XCheck),
            _ => None,
        }
    }
}

/// A position from its short code ("SS", "1B", "DH").
#[must_use]
pub fn position_from_code(code: &str) -> Option<Position> {
    Position::FIELD
        .into_iter()
        .chain([Position::DH])
        .find(|p| p.code() == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for code in [
            "SINGLE_1",
            "GROUNDBALL_A(SS)",
            "X_CHECK(3B)",
            "FLYOUT_BQ(LF)",
            "DOUBLE_UNCAPPED(CF)",
        ] {
            let r = CardResult::from_code(code).expect(code);
            assert_eq!(crate::plate_appearance::result_code(r), code);
        }
        assert_eq!(CardResult::from_code("SINGLE_1(SS)"), None);
        assert_eq!(CardResult::from_code("GROUNDBALL_A"), None);
        assert_eq!(CardResult::from_code("NOPE"), None);
    }
}
