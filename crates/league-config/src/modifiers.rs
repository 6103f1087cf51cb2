//! Rules §4, §8.1, §8.4 and §9: the small tables (hit-and-run thresholds, speed-check and steal
//! modifiers, default ballpark ratings).

use crate::error::{Location, ProblemKind, Problems};
use crate::read;
use crate::source::Parts;
use engine_core::league::{Ballpark, SpeedCheckMods, StealMods};
use toml::Value;

/// Read the value of each named field, reporting missing and unknown ones.
fn fields<'a, const N: usize>(
    parts: &'a Parts,
    names: [&str; N],
    at: &Location,
    p: &mut Problems,
) -> [Option<(&'a Value, &'a Location)>; N] {
    for key in parts.keys().filter(|k| !names.contains(&k.as_str())) {
        p.push(at.clone(), ProblemKind::UnknownKey(key.clone()));
    }
    names.map(|name| match parts.get(name) {
        Some(part) => Some((&part.value, &part.at)),
        None => {
            p.push(at.clone(), ProblemKind::MissingKey(name.to_owned()));
            None
        }
    })
}

/// Hit-and-run contact thresholds for grades A..D, each 1..=20.
pub(crate) fn hit_and_run(parts: &Parts, at: &Location, p: &mut Problems) -> Option<[u8; 4]> {
    let [a, b, c, d] = fields(parts, ["A", "B", "C", "D"], at, p)
        .map(|f| f.and_then(|(v, at)| read::u8_in(v, 1, 20, at, p)));
    Some([a?, b?, c?, d?])
}

/// Speed-check modifiers, each −20..=20.
pub(crate) fn speed(parts: &Parts, at: &Location, p: &mut Problems) -> Option<SpeedCheckMods> {
    let [two_outs, home] = fields(parts, ["two_outs", "home_from_second_on_single"], at, p)
        .map(|f| f.and_then(|(v, at)| read::i8_in(v, -20, 20, at, p)));
    Some(SpeedCheckMods {
        two_outs: two_outs?,
        home_from_second_on_single: home?,
    })
}

/// Steal modifiers: `held` −20..=20, `default_pickoff` 0..=20 (0: no pickoffs).
pub(crate) fn steal(parts: &Parts, at: &Location, p: &mut Problems) -> Option<StealMods> {
    let [held, pickoff] = fields(parts, ["held", "default_pickoff"], at, p);
    let held = held.and_then(|(v, at)| read::i8_in(v, -20, 20, at, p));
    let pickoff = pickoff.and_then(|(v, at)| read::u8_in(v, 0, 20, at, p));
    Some(StealMods {
        held: held?,
        default_pickoff: pickoff?,
    })
}

/// Default ballpark ratings, each 1..=20.
pub(crate) fn ballpark(parts: &Parts, at: &Location, p: &mut Problems) -> Option<Ballpark> {
    let [homerun, single] = fields(parts, ["homerun", "single"], at, p)
        .map(|f| f.and_then(|(v, at)| read::u8_in(v, 1, 20, at, p)));
    Some(Ballpark {
        homerun: homerun?,
        single: single?,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn house_defaults() {
        let charts = crate::sba().unwrap().charts;
        assert_eq!(charts.hit_and_run, [16, 12, 8, 4]);
        assert_eq!(charts.speed.two_outs, 2);
        assert_eq!(charts.speed.home_from_second_on_single, -2);
        assert_eq!(charts.steal.held, -2);
        assert_eq!(charts.steal.default_pickoff, 2);
        assert_eq!((charts.ballpark.homerun, charts.ballpark.single), (10, 10));
    }
}
