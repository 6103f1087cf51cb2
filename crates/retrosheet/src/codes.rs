//! Engine play record → Retrosheet play code (the sixth field of a `play` record), with the
//! runner moves the code stands for. See the crate README for the mapping.

use crate::tracker::Moves;
use engine_core::{PlayRecord, PlayerId};

/// How the ball was put in play, for trajectory flags and fielding credits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Ground,
    Bunt,
    Fly,
    Line,
    Pop,
}

/// What the primary event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Primary {
    Hit(u8),
    Walk,
    Hbp,
    Interference,
    Strikeout,
    Error,
    FieldersChoice,
    Out,
    Running,
}

/// A coded play: the text and the moves it makes.
#[derive(Clone, Debug)]
pub(crate) struct Coded {
    pub text: String,
    pub moves: Moves,
}

/// The inputs besides the record: the fielding position (1..=9) of the record's defender.
pub(crate) struct Context {
    pub defender_pos: Option<u8>,
}

fn kind_of(result: &str, fielder: Option<u8>) -> Kind {
    let starts = |p: &str| result.starts_with(p);
    if starts("SAC_BUNT") || starts("SQUEEZE") || starts("BUNT") {
        return Kind::Bunt;
    }
    if starts("GROUNDBALL") {
        return Kind::Ground;
    }
    if starts("FLYOUT") || starts("BP_HOMERUN") {
        return Kind::Fly;
    }
    if starts("LINEOUT") || starts("BP_SINGLE") {
        return Kind::Line;
    }
    if starts("POPOUT") {
        return Kind::Pop;
    }
    if let Some((_, row)) = result.split_once(':') {
        match row.chars().next() {
            Some('G') => return Kind::Ground,
            Some('F') => return Kind::Fly,
            Some('L') => return Kind::Line,
            Some('P') => return Kind::Pop,
            _ => {}
        }
    }
    match fielder {
        Some(1..=6) => Kind::Ground,
        _ => Kind::Fly,
    }
}

/// The fielder taking a throw at a base (1..=3, 4 = home) from `thrower`.
fn receiver(base: u8, thrower: u8) -> u8 {
    match base {
        1 => 3,
        2 if thrower == 4 => 6,
        2 => 4,
        3 => 5,
        _ => 2,
    }
}

/// Fielding credit for an out at `base` on a throw from `thrower`.
fn credit(base: u8, thrower: u8) -> String {
    let r = receiver(base, thrower);
    if r == thrower {
        r.to_string()
    } else {
        format!("{thrower}{r}")
    }
}

fn base_char(b: u8) -> String {
    if b >= 4 { "H".into() } else { b.to_string() }
}

/// One advancement item under construction.
struct Item {
    from: u8,
    out_at: Option<u8>,
    to: u8,
    credit: String,
    mods: Vec<String>,
}

impl Item {
    fn text(&self) -> String {
        let from = if self.from == 0 {
            "B".into()
        } else {
            self.from.to_string()
        };
        let mut s = match self.out_at {
            Some(at) => format!("{from}X{}({})", base_char(at), self.credit),
            None => format!("{from}-{}", base_char(self.to)),
        };
        for m in &self.mods {
            s.push('(');
            s.push_str(m);
            s.push(')');
        }
        s
    }
}

/// Runner moves of the record, indexed batter, first, second, third. On a walk-off the runners
/// whose runs did not count are moved up behind the winning run so that nobody overtakes
/// anybody (the engine leaves them where they started).
fn destinations(rec: &PlayRecord) -> [Option<u8>; 4] {
    let mut dest = [
        rec.batter_final,
        rec.on_first.and(rec.on_first_final),
        rec.on_second.and(rec.on_second_final),
        rec.on_third.and(rec.on_third_final),
    ];
    if rec.is_walkoff {
        // Everybody left standing (batter first, then the runners from first, second, third)
        // gets a distinct base, each ahead of the one behind him and leaving room for those
        // ahead, as close to where the engine left him as that allows.
        let standing: Vec<usize> = (0..4)
            .filter(|&i| dest[i].is_some_and(|d| (1..=3).contains(&d)))
            .collect();
        let mut behind = 0u8;
        for (n, &i) in standing.iter().enumerate() {
            let ahead = (standing.len() - n - 1) as u8;
            let lo = (behind + 1).max(i as u8);
            let cap = 3u8.saturating_sub(ahead).max(lo);
            let d = dest[i].unwrap_or(lo).clamp(lo, cap);
            dest[i] = Some(d);
            behind = d;
        }
    }
    dest
}

/// The runner who started on `base` (1..=3).
fn runner_on(rec: &PlayRecord, base: u8) -> Option<PlayerId> {
    match base {
        1 => rec.on_first,
        2 => rec.on_second,
        3 => rec.on_third,
        _ => rec.batter,
    }
}

/// Code one play; `Ok(None)` for a running play in which nothing happened (a wild-pitch,
/// passed-ball, balk or pickoff check that came to nothing, a cancelled steal).
pub(crate) fn code(rec: &PlayRecord, ctx: &Context) -> Result<Option<Coded>, String> {
    let dest = destinations(rec);
    let kind = kind_of(&rec.result, ctx.defender_pos);
    let f = ctx.defender_pos.unwrap_or(match kind {
        Kind::Bunt => 1,
        Kind::Ground | Kind::Pop => 6,
        Kind::Fly | Kind::Line => 8,
    });
    let err_fielder = if rec.ci > 0 { 2 } else { f };
    let mut errors_left = usize::from(rec.error);
    let mut handled = [false; 4];
    let mut fc = [false; 4];
    let mut flags: Vec<&str> = Vec::new();
    let hit_bases = if rec.homerun > 0 {
        4
    } else if rec.triple > 0 {
        3
    } else if rec.double > 0 {
        2
    } else {
        1
    };
    let batter_dest = dest[0];
    let primary = if rec.pa == 0 {
        Primary::Running
    } else if rec.hbp > 0 {
        Primary::Hbp
    } else if rec.bb > 0 {
        Primary::Walk
    } else if rec.ci > 0 {
        Primary::Interference
    } else if rec.so > 0 {
        Primary::Strikeout
    } else if rec.hit > 0 {
        Primary::Hit(hit_bases)
    } else if batter_dest.is_some_and(|d| d > 0) && rec.error > 0 {
        Primary::Error
    } else if batter_dest.is_some_and(|d| d > 0) {
        Primary::FieldersChoice
    } else {
        Primary::Out
    };
    let fdigit = ctx.defender_pos.map_or(String::new(), |p| p.to_string());
    let (mut text, implied) = match primary {
        Primary::Running => (
            running_primary(rec, &dest, f, &mut handled, &mut errors_left)?,
            None,
        ),
        Primary::Hbp => ("HP".to_string(), Some(1)),
        Primary::Walk if rec.ibb > 0 => ("IW".to_string(), Some(1)),
        Primary::Walk => ("W".to_string(), Some(1)),
        Primary::Interference => {
            errors_left = errors_left.saturating_sub(1);
            ("C/E2".to_string(), Some(1))
        }
        Primary::Strikeout => ("K".to_string(), Some(0)),
        Primary::Hit(4) => ("HR".to_string(), Some(4)),
        Primary::Hit(b) => {
            let letter = ["S", "D", "T"][usize::from(b.clamp(1, 3) - 1)];
            if kind == Kind::Bunt {
                flags.push("/BG");
            }
            (format!("{letter}{fdigit}"), Some(b))
        }
        Primary::Error => {
            errors_left -= 1;
            (format!("E{err_fielder}"), Some(1))
        }
        Primary::FieldersChoice => (format!("FC{f}"), Some(1)),
        Primary::Out => {
            let ground = matches!(kind, Kind::Ground | Kind::Bunt);
            let t = if ground && dest[1] == Some(0) {
                // The double-play form: the force at second, then the batter at first.
                handled[1] = true;
                fc[1] = true;
                format!("{}(1)3", credit(2, f))
            } else if ground {
                credit(1, f)
            } else {
                f.to_string()
            };
            if rec.sf == 0 && rec.sac == 0 && rec.gidp == 0 {
                flags.push(match kind {
                    Kind::Ground => "/G",
                    Kind::Bunt => "/BG",
                    Kind::Fly => "/F",
                    Kind::Line => "/L",
                    Kind::Pop => "/P",
                });
            }
            (t, Some(0))
        }
    };
    if rec.pa > 0 && !matches!(primary, Primary::Walk) {
        if rec.sac > 0 {
            flags.push("/SH");
        }
        if rec.sf > 0 {
            flags.push("/SF");
        }
        if rec.outs >= 2 {
            flags.push(if rec.gidp > 0 { "/GDP" } else { "/DP" });
        }
    }
    for fl in &flags {
        text.push_str(fl);
    }

    // Advancement, lead runner first, then the batter.
    let mut items: Vec<Item> = Vec::new();
    for from in [3u8, 2, 1, 0] {
        let i = usize::from(from);
        if handled[i] {
            continue;
        }
        let Some(d) = dest[i] else { continue };
        let stay = if from == 0 { implied } else { Some(from) };
        if d == 0 {
            if from == 0 && implied == Some(0) {
                continue;
            }
            let at = out_base(from, primary, kind, implied);
            fc[i] = primary == Primary::FieldersChoice;
            items.push(Item {
                from,
                out_at: Some(at),
                to: 0,
                credit: credit(at, f),
                mods: Vec::new(),
            });
        } else {
            items.push(Item {
                from,
                out_at: None,
                to: d,
                credit: String::new(),
                mods: Vec::new(),
            });
            if Some(d) == stay {
                // Written only if it needs a modifier (see below).
                if let Some(last) = items.last_mut() {
                    last.credit = "optional".into();
                }
            }
        }
    }

    // Errors not in the primary event go on the batter's advance, else on a runner's.
    while errors_left > 0 {
        let target = items
            .iter_mut()
            .filter(|it| it.out_at.is_none())
            .min_by_key(|it| it.from);
        let Some(it) = target else {
            return Err(format!(
                "{} error(s) with nobody safe to charge them to",
                errors_left
            ));
        };
        it.mods.push(format!("E{err_fielder}"));
        errors_left -= 1;
    }

    // Earned runs and RBIs on every run.
    let batter_event = rec.pa > 0;
    let credited = rec.rbi > 0;
    let mut killed = false;
    let bases_forced = rec.on_first.is_some() && rec.on_second.is_some();
    for it in items.iter_mut() {
        if it.mods.iter().any(|m| m.starts_with('E')) {
            killed = true;
        }
        if it.out_at.is_some() || it.to < 4 {
            continue;
        }
        let runner = runner_on(rec, it.from);
        let earned = rec
            .runs
            .iter()
            .find(|r| Some(r.runner) == runner)
            .ok_or_else(|| format!("the runner from {} scores but no run is listed", it.from))?
            .earned;
        if !earned {
            it.mods.push("UR".into());
        }
        let default = batter_event
            && rec.gidp == 0
            && (primary != Primary::Error || it.from == 3)
            && primary != Primary::Strikeout
            && !killed
            && !(primary == Primary::Walk && it.from == 3 && !bases_forced)
            && !(primary == Primary::Error && rec.starting_outs == 2 && it.from == 3);
        if credited && !default {
            it.mods.push("RBI".into());
        } else if !credited && default {
            it.mods.push("NR".into());
        }
    }
    // The batter's home run needs no advance unless it carries a modifier.
    let written: Vec<String> = items
        .iter()
        .filter(|it| !(it.credit == "optional" && it.mods.is_empty()))
        .map(Item::text)
        .collect();
    if primary == Primary::Running && written.is_empty() && text.is_empty() {
        return Ok(None);
    }
    if text.is_empty() {
        text = "OA".into();
    }
    if !written.is_empty() {
        text.push('.');
        text.push_str(&written.join(";"));
    }
    let mut moves = Moves { dest, fc };
    if rec.pa == 0 {
        moves.dest[0] = None;
    }
    Ok(Some(Coded { text, moves }))
}

/// Where a runner (or the batter, `from` 0) was put out.
fn out_base(from: u8, primary: Primary, kind: Kind, implied: Option<u8>) -> u8 {
    if from == 0 {
        return (implied.unwrap_or(0) + 1).min(4);
    }
    match primary {
        Primary::Hit(b) => (from + b + 1).min(4),
        Primary::Out if matches!(kind, Kind::Line | Kind::Pop) => from,
        _ => (from + 1).min(4),
    }
}

/// Steals, caught stealing, pickoffs, wild pitches, passed balls, balks and dropped fouls.
fn running_primary(
    rec: &PlayRecord,
    dest: &[Option<u8>; 4],
    f: u8,
    handled: &mut [bool; 4],
    errors_left: &mut usize,
) -> Result<String, String> {
    let mut parts = Vec::new();
    for base in [3u8, 2, 1] {
        let Some(runner) = runner_on(rec, base) else {
            continue;
        };
        let i = usize::from(base);
        let target = base + 1;
        if rec.caught.contains(&runner) {
            if dest[i] != Some(0) {
                return Err(format!("caught runner from {base} is not out"));
            }
            handled[i] = true;
            if rec.pick_off > 0 {
                parts.push(format!("PO{base}({})", credit(base, 1)));
            } else {
                parts.push(format!("CS{}({})", base_char(target), credit(target, 2)));
            }
        } else if rec.stolen_by.contains(&runner) {
            parts.push(format!("SB{}", base_char(target)));
            handled[i] = dest[i] == Some(target);
        }
    }
    if !parts.is_empty() {
        return Ok(parts.join(";"));
    }
    Ok(if rec.wild_pitch > 0 {
        "WP".into()
    } else if rec.passed_ball > 0 {
        "PB".into()
    } else if rec.balk > 0 {
        "BK".into()
    } else if rec.error > 0 {
        *errors_left -= 1;
        format!("FLE{f}")
    } else {
        String::new()
    })
}
