//! cards.md "Fielder by location": reads the zone splits of auto resolution (groundball, air,
//! popup tables; pull, center and opposite zones of `{ position, percent }` entries) and
//! checks them: each zone's percents sum to 100, every position is known and may field that
//! kind of ball, none is listed twice in a zone.

use crate::error::{Location, ProblemKind, Problems};
use crate::read;
use crate::source::Parts;
use engine_core::hit_location::{FielderShare, LocationCharts, ZoneTable};
use engine_core::{CardResult, Position};
use toml::Value;

const TABLES: [&str; 3] = ["groundball", "air", "popup"];
const ZONES: [&str; 3] = ["pull", "center", "opposite"];
const ENTRY_KEYS: [&str; 2] = ["position", "percent"];

/// Read the three tables from their parts.
pub(crate) fn read(parts: &Parts, at: &Location, p: &mut Problems) -> Option<LocationCharts> {
    for key in parts.keys().filter(|k| !TABLES.contains(&k.as_str())) {
        p.push(at.clone(), ProblemKind::UnknownKey(key.clone()));
    }
    let [groundball, air, popup] = TABLES.map(|name| match parts.get(name) {
        Some(part) => zone_table(name, &part.value, &part.at, p),
        None => {
            p.push(at.clone(), ProblemKind::MissingKey(name.to_owned()));
            None
        }
    });
    Some(LocationCharts {
        groundball: groundball?,
        air: air?,
        popup: popup?,
    })
}

fn zone_table(ball: &str, v: &Value, at: &Location, p: &mut Problems) -> Option<ZoneTable> {
    let t = read::table(v, at, p)?;
    read::no_unknown_keys(t, &ZONES, at, p);
    let [pull, center, opposite] = ZONES.map(|zone| {
        let v = read::required(t, zone, at, p)?;
        self::zone(ball, v, &at.row(zone), p)
    });
    Some(ZoneTable {
        pull: pull?,
        center: center?,
        opposite: opposite?,
    })
}

fn zone(ball: &str, v: &Value, at: &Location, p: &mut Problems) -> Option<Vec<FielderShare>> {
    let entries = read::array(v, at, p)?;
    let mut out = Vec::with_capacity(entries.len());
    let mut ok = true;
    for (i, e) in entries.iter().enumerate() {
        let at = at.column(i + 1);
        match entry(ball, e, &at, p) {
            Some(share)
                if out
                    .iter()
                    .any(|s: &FielderShare| s.position == share.position) =>
            {
                p.push(
                    at,
                    ProblemKind::DuplicateFielder(share.position.code().to_owned()),
                );
                ok = false;
            }
            Some(share) => out.push(share),
            None => ok = false,
        }
    }
    if !ok {
        return None;
    }
    let total: u32 = out.iter().map(|s| u32::from(s.percent)).sum();
    if total != 100 {
        p.push(at.clone(), ProblemKind::ZoneTotal { total });
        return None;
    }
    Some(out)
}

fn entry(ball: &str, v: &Value, at: &Location, p: &mut Problems) -> Option<FielderShare> {
    let t = read::table(v, at, p)?;
    read::no_unknown_keys(t, &ENTRY_KEYS, at, p);
    let name = read::required(t, "position", at, p).and_then(|v| read::string(v, at, p));
    let percent = read::required(t, "percent", at, p).and_then(|v| read::u8_in(v, 0, 100, at, p));
    let name = name?;
    let Some(position) = Position::FIELD
        .into_iter()
        .chain([Position::DH])
        .find(|pos| pos.code().eq_ignore_ascii_case(name.trim()))
    else {
        p.push(at.clone(), ProblemKind::UnknownCode(name.to_owned()));
        return None;
    };
    let legal = match ball {
        "groundball" => CardResult::GroundballA(position),
        "popup" => CardResult::Popout(position),
        _ => CardResult::FlyoutA(position),
    }
    .fielder_is_valid();
    if !legal {
        p.push(
            at.clone(),
            ProblemKind::IllegalFielder {
                position: position.code().to_owned(),
                ball: ball.to_owned(),
            },
        );
        return None;
    }
    Some(FielderShare {
        position,
        percent: percent?,
    })
}

#[cfg(test)]
mod tests {
    use crate::{ConfigError, ProblemKind, parse_str};
    use engine_core::Position;
    use engine_core::hit_location::FielderShare;

    fn share(position: Position, percent: u8) -> FielderShare {
        FielderShare { position, percent }
    }

    #[test]
    fn the_shared_tables_are_the_cards_md_splits() {
        let l = crate::pd().unwrap().charts.location;
        assert_eq!(
            l.groundball.pull,
            vec![share(Position::B3, 50), share(Position::SS, 50)]
        );
        assert_eq!(
            l.groundball.center,
            vec![
                share(Position::SS, 40),
                share(Position::B2, 40),
                share(Position::P, 20)
            ]
        );
        assert_eq!(l.air.opposite, vec![share(Position::RF, 100)]);
        assert_eq!(l.popup.center[0], share(Position::C, 40));
        assert_eq!(crate::sba().unwrap().charts.location, l);
    }

    #[test]
    fn a_league_may_override_one_table() {
        let text = "name = \"X\"\n[charts.location.air]\n\
                    pull = [{ position = \"LF\", percent = 80 }, { position = \"CF\", percent = 20 }]\n\
                    center = [{ position = \"CF\", percent = 100 }]\n\
                    opposite = [{ position = \"rf\", percent = 100 }]\n";
        let l = parse_str(text).unwrap().charts.location;
        assert_eq!(
            l.air.pull,
            vec![share(Position::LF, 80), share(Position::CF, 20)]
        );
        assert_eq!(
            l.groundball,
            crate::sba().unwrap().charts.location.groundball
        );
    }

    #[test]
    fn bad_totals_unknown_and_illegal_positions_are_all_reported() {
        let text = "name = \"X\"\n[charts.location.groundball]\n\
                    pull = [{ position = \"3B\", percent = 60 }, { position = \"SS\", percent = 50 }]\n\
                    center = [{ position = \"LF\", percent = 100 }]\n\
                    opposite = [{ position = \"XX\", percent = 50 }, { position = \"1B\", percent = 50 }]\n\
                    [charts.location.popup]\n\
                    pull = [{ position = \"SS\", percent = 50 }, { position = \"SS\", percent = 50 }]\n\
                    center = [{ position = \"DH\", percent = 100 }]\n";
        let Err(ConfigError::Invalid { problems }) = parse_str(text) else {
            panic!("expected problems");
        };
        let kinds: Vec<ProblemKind> = problems.iter().map(|p| p.kind.clone()).collect();
        assert!(
            kinds.contains(&ProblemKind::ZoneTotal { total: 110 }),
            "{kinds:?}"
        );
        assert!(kinds.contains(&ProblemKind::IllegalFielder {
            position: "LF".into(),
            ball: "groundball".into()
        }));
        assert!(kinds.contains(&ProblemKind::UnknownCode("XX".into())));
        assert!(kinds.contains(&ProblemKind::DuplicateFielder("SS".into())));
        assert!(kinds.contains(&ProblemKind::IllegalFielder {
            position: "DH".into(),
            ball: "popup".into()
        }));
        assert!(kinds.contains(&ProblemKind::MissingKey("opposite".into())));
        let shown = problems
            .iter()
            .find(|p| p.kind == ProblemKind::ZoneTotal { total: 110 })
            .map(ToString::to_string)
            .unwrap_or_default();
        assert!(shown.contains("charts.location.groundball"), "{shown}");
    }
}
