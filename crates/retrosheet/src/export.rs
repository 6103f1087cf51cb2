//! One finished game → the records of one game of a Retrosheet event file.

use crate::codes::{self, Context};
use crate::error::ExportError;
use crate::ids::{Date, game_id, player_id, team_id};
use crate::lineup::{PH, PR, Sub, View};
use crate::tracker::Tracker;
use engine_core::bases::Bases;
use engine_core::box_score::box_score;
use engine_core::decisions::{Decision, decisions};
use engine_core::state::{Ending, TeamState};
use engine_core::{Action, Actor, Change, Command, Game, Half, Hand, PlayerId, Side};
use std::collections::{BTreeMap, HashMap};

/// What the event file needs besides the game: its date and number of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GameMeta {
    /// The date the game is filed under.
    pub date: Date,
    /// 0 for a single game, 1 or 2 for the games of a doubleheader.
    pub number: u8,
}

/// One player's line of a roster (`.ROS`) file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RosterEntry {
    /// Retrosheet player id.
    pub id: String,
    /// Last name.
    pub last: String,
    /// First name.
    pub first: String,
    /// Bats: `L`, `R`, `B` (switch) or `?`.
    pub bats: char,
    /// Throws: `L`, `R` or `?`.
    pub throws: char,
    /// Team id.
    pub team: String,
    /// First listed position (`P`, `C`, `1B`, …, `X` when none).
    pub pos: String,
}

/// One exported game.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventGame {
    /// The 12-character game id.
    pub game_id: String,
    /// The date.
    pub date: Date,
    /// Team ids, away then home.
    pub team_ids: [String; 2],
    /// Team names, away then home.
    pub team_names: [String; 2],
    /// The game's records, `id` line first, each line ending in `\n`.
    pub text: String,
    /// Every player of both teams' setups, away first.
    pub roster: Vec<RosterEntry>,
    /// Engine player id of each Retrosheet id used.
    pub players: BTreeMap<String, PlayerId>,
}

/// What the walk through the events needs to know of the state before or after an event.
struct Snap {
    inning: u8,
    half: Half,
    teams: [TeamState; 2],
    bases: Bases,
}

fn snap(g: &Game) -> Snap {
    let s = g.state();
    Snap {
        inning: s.inning,
        half: s.half,
        teams: s.teams.clone(),
        bases: s.bases,
    }
}

/// The states before each event (index i: before event i; the last: the end).
fn replay(game: &Game) -> Result<Vec<Snap>, ExportError> {
    let mut g = Game::new(game.setup().clone());
    let mut snaps = vec![snap(&g)];
    for e in game.events() {
        g.apply(e)
            .map_err(|err| ExportError::Replay(err.to_string()))?;
        snaps.push(snap(&g));
    }
    if g.state().plays != game.state().plays {
        return Err(ExportError::Replay(
            "the replayed play log differs from the game's".into(),
        ));
    }
    Ok(snaps)
}

/// The events whose effects stand (undone and disputed ones removed), by index.
fn effective(game: &Game) -> Vec<usize> {
    let events = game.events();
    let mut eff: Vec<usize> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        match &e.action {
            Action::Applied { .. } => eff.push(i),
            Action::Reverted { to, .. } => eff.retain(|&j| events[j].number <= *to),
            Action::UndoRequested => {}
        }
    }
    eff
}

fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '"' | ',' | '\n' | '\r'))
        .collect()
}

fn hand(h: Option<Hand>) -> char {
    match h {
        Some(Hand::L) => 'L',
        Some(Hand::R) => 'R',
        Some(Hand::S) => 'B',
        None => '?',
    }
}

fn team_no(side: Side) -> u8 {
    match side {
        Side::Away => 0,
        Side::Home => 1,
    }
}

/// The writer of one game's records.
struct Writer<'g> {
    game: &'g Game,
    ids: HashMap<PlayerId, String>,
    out: String,
}

impl Writer<'_> {
    fn id(&self, p: PlayerId) -> &str {
        self.ids.get(&p).map_or("unknown0", String::as_str)
    }
    fn name(&self, p: PlayerId) -> String {
        self.game
            .setup()
            .player(p)
            .map_or_else(|| p.to_string(), |(_, s)| clean(&s.name))
    }
    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }
    fn appearance(&mut self, kind: &str, side: Side, sub: Sub) {
        let line = format!(
            "{kind},{},\"{}\",{},{},{}",
            self.id(sub.player),
            self.name(sub.player),
            team_no(side),
            sub.slot,
            sub.pos
        );
        self.line(&line);
    }
    /// `sub` records, after an `NP` play that carries them.
    fn subs(&mut self, side: Side, subs: &[Sub], inning: u8, half: Half, batter: PlayerId) {
        if subs.is_empty() {
            return;
        }
        let np = format!(
            "play,{inning},{},{},??,,NP",
            team_no(half.batting()),
            self.id(batter)
        );
        self.line(&np);
        for &s in subs {
            self.appearance("sub", side, s);
        }
    }
}

/// Export a finished game. Conceded and unfinished games are refused.
pub fn export_game(game: &Game, meta: &GameMeta) -> Result<EventGame, ExportError> {
    let state = game.state();
    match state.ending {
        None => return Err(ExportError::NotFinished),
        Some(Ending::Conceded { .. }) => return Err(ExportError::Conceded),
        Some(_) => {}
    }
    let setup = game.setup();
    let names = Side::BOTH.map(|s| setup.team(s).name.clone());
    let team_ids = names.clone().map(|n| team_id(&n));
    if team_ids[0] == team_ids[1] {
        return Err(ExportError::TeamCollision(
            names[0].clone(),
            names[1].clone(),
            team_ids[0].clone(),
        ));
    }
    let mut ids = HashMap::new();
    let mut players = BTreeMap::new();
    let mut roster = Vec::new();
    for side in Side::BOTH {
        for p in &setup.team(side).players {
            let id = player_id(p.id, &p.name);
            if let Some(&other) = players.get(&id) {
                return Err(ExportError::IdCollision(other, p.id, id));
            }
            players.insert(id.clone(), p.id);
            ids.insert(p.id, id.clone());
            let name = clean(&p.name);
            let (first, last) = match name.rsplit_once(' ') {
                Some((f, l)) => (f.trim().to_string(), l.to_string()),
                None => (String::new(), name.clone()),
            };
            roster.push(RosterEntry {
                id,
                last,
                first,
                bats: hand(p.bats),
                throws: hand(p.throws),
                team: team_ids[side.index()].clone(),
                pos: p.positions.first().map_or("X".into(), |p| p.code().into()),
            });
        }
    }
    let gid = game_id(&names[1], meta.date, meta.number);
    let mut w = Writer {
        game,
        ids,
        out: String::new(),
    };
    header(&mut w, game, meta, &gid, &team_ids);
    body(&mut w, game)?;
    let bx = box_score(game);
    for side in Side::BOTH {
        for p in &bx.team(side).pitching {
            let line = format!("data,er,{},{}", w.id(p.player), p.er);
            w.line(&line);
        }
    }
    Ok(EventGame {
        game_id: gid,
        date: meta.date,
        team_ids,
        team_names: names.map(|n| clean(&n)),
        text: w.out,
        roster,
        players,
    })
}

fn header(w: &mut Writer<'_>, game: &Game, meta: &GameMeta, gid: &str, teams: &[String; 2]) {
    let state = game.state();
    let dh = state.teams.iter().any(|t| t.dh) || game.setup().league().rules.dh;
    let decided = decisions(game);
    let who = |d: Decision| {
        decided
            .iter()
            .find(|(_, x)| *x == d)
            .map(|(p, _)| p)
            .copied()
    };
    let (wp, lp, sv) = (who(Decision::W), who(Decision::L), who(Decision::S));
    let lines = [
        format!("id,{gid}"),
        "version,2".into(),
        format!("info,visteam,{}", teams[0]),
        format!("info,hometeam,{}", teams[1]),
        format!("info,site,{}01", teams[1]),
        format!("info,date,{}", meta.date),
        format!("info,number,{}", meta.number % 10),
        format!("info,usedh,{dh}"),
        "info,htbf,false".into(),
        format!("info,wp,{}", wp.map_or("", |p| w.id(p))),
        format!("info,lp,{}", lp.map_or("", |p| w.id(p))),
        format!("info,save,{}", sv.map_or("", |p| w.id(p))),
        "info,attendance,0".into(),
    ];
    for l in lines {
        w.line(&l);
    }
}

/// The PH/PR code of each player an offensive change brought in.
fn offense_codes(changes: &[Change], codes: &mut HashMap<PlayerId, u8>) {
    for c in changes {
        match *c {
            Change::PinchHitter { sub, .. } => {
                codes.insert(sub, PH);
            }
            Change::PinchRunner { sub, .. } => {
                codes.insert(sub, PR);
            }
            _ => {}
        }
    }
}

fn body(w: &mut Writer<'_>, game: &Game) -> Result<(), ExportError> {
    let snaps = replay(game)?;
    let events = game.events();
    let plays = &game.state().plays;
    let mut play_at: HashMap<u64, usize> = HashMap::new();
    for (i, p) in plays.iter().enumerate() {
        if play_at.insert(p.event_no, i).is_some() {
            return Err(ExportError::play(p.play_num, "two plays share an event"));
        }
    }
    let eff = effective(game);
    let mut views = [View::default(), View::default()];
    for side in Side::BOTH {
        let (view, starts) = View::start(&snaps[0].teams[side.index()]);
        views[side.index()] = view;
        for s in starts {
            w.appearance("start", side, s);
        }
    }
    let mut codes: HashMap<PlayerId, u8> = HashMap::new();
    let mut tracker = Tracker::default();
    let mut half: Option<(u8, Half)> = None;
    let mut written = 0usize;
    for &k in &eff {
        let ev = &events[k];
        if let (
            Action::Applied {
                command: Command::Substitute { changes },
            },
            Actor::Team(side),
        ) = (&ev.action, ev.actor)
        {
            let after = &snaps[k + 1];
            offense_codes(changes, &mut codes);
            let team = &after.teams[side.index()];
            let subs = sync(&mut views, &mut tracker, side, team, after.half, &codes);
            let bat = &after.teams[after.half.batting().index()];
            w.subs(side, &subs, after.inning, after.half, bat.batter());
        }
        let Some(&pi) = play_at.get(&ev.number) else {
            continue;
        };
        let rec = &plays[pi];
        let pre = &snaps[k];
        let here = (pre.inning, pre.half);
        let new_half = half != Some(here);
        if new_half {
            tracker.clear();
            half = Some(here);
        }
        let fielding = pre.half.fielding();
        let batting = pre.half.batting();
        let batter = rec
            .batter
            .ok_or_else(|| ExportError::play(rec.play_num, "no batter"))?;
        for side in [fielding, batting] {
            let team = &pre.teams[side.index()];
            let subs = sync(&mut views, &mut tracker, side, team, pre.half, &codes);
            w.subs(side, &subs, pre.inning, pre.half, batter);
        }
        let pitcher = views[fielding.index()]
            .pitcher()
            .ok_or_else(|| ExportError::play(rec.play_num, "no pitcher announced"))?;
        if Some(pitcher) != rec.pitcher {
            return Err(ExportError::play(
                rec.play_num,
                "pitcher differs from the lineup",
            ));
        }
        if views[batting.index()].in_slot(rec.batting_order) != batter {
            return Err(ExportError::play(
                rec.play_num,
                "batter differs from the lineup",
            ));
        }
        runners(w, &mut tracker, pre, new_half, pitcher, rec.play_num)?;
        let defender_pos = rec
            .defender
            .and_then(|d| pre.teams[fielding.index()].position_of(d))
            .map(engine_core::Position::number);
        let coded = codes::code(rec, &Context { defender_pos })
            .map_err(|reason| ExportError::play(rec.play_num, reason))?;
        let Some(coded) = coded else { continue };
        for b in 0..4 {
            if coded.moves.dest[b] != Some(4) {
                continue;
            }
            let runner = if b == 0 {
                Some(batter)
            } else {
                tracker.runners[b].map(|(r, _)| r)
            };
            let engine = rec.runs.iter().find(|r| Some(r.runner) == runner);
            let chadwick = tracker.charged(&coded.moves, b, pitcher);
            if engine.map(|r| r.pitcher) != chadwick {
                return Err(ExportError::play(
                    rec.play_num,
                    "Chadwick would charge a run to another pitcher",
                ));
            }
        }
        tracker.apply(&coded.moves, batter, pitcher);
        let line = format!(
            "play,{},{},{},??,,{}",
            pre.inning,
            team_no(batting),
            w.id(batter),
            coded.text
        );
        w.line(&line);
        written += 1;
    }
    if written == 0 {
        return Err(ExportError::play(0, "the game has no plays"));
    }
    Ok(())
}

/// Bring a team's announced lineup in line with the engine's: the offense's new pinch hitters
/// and runners, the defense's every change.
fn sync(
    views: &mut [View; 2],
    tracker: &mut Tracker,
    side: Side,
    team: &TeamState,
    half: Half,
    codes: &HashMap<PlayerId, u8>,
) -> Vec<Sub> {
    let view = &mut views[side.index()];
    if half.batting() == side {
        let before: Vec<PlayerId> = (1..=9).map(|s| view.in_slot(s)).collect();
        let subs = view.sync_offense(team, |p| codes.get(&p).copied().unwrap_or(PH));
        for s in &subs {
            if s.pos == PR {
                tracker.replace(before[usize::from(s.slot.max(1)) - 1], s.player);
            }
        }
        subs
    } else {
        view.sync_defense(team)
    }
}

/// Before a play: `radj` for the extra-inning runner, `presadj` where Chadwick's responsible
/// pitcher differs from the engine's; fails when the runners themselves differ.
fn runners(
    w: &mut Writer<'_>,
    tracker: &mut Tracker,
    pre: &Snap,
    new_half: bool,
    pitcher: PlayerId,
    play: u32,
) -> Result<(), ExportError> {
    for b in 1..=3usize {
        let engine = pre.bases.0[b - 1];
        if new_half && let Some(r) = engine {
            let line = format!("radj,{},{b}", w.id(r.player));
            w.line(&line);
            tracker.runners[b] = Some((r.player, pitcher));
        }
        match (engine, tracker.runners[b]) {
            (None, None) => {}
            (Some(r), Some((p, resp))) if r.player == p => {
                if resp != r.pitcher {
                    let line = format!("presadj,{},{b}", w.id(r.pitcher));
                    w.line(&line);
                    tracker.runners[b] = Some((p, r.pitcher));
                }
            }
            _ => {
                return Err(ExportError::play(
                    play,
                    format!("the runner on base {b} differs from the play-by-play"),
                ));
            }
        }
    }
    Ok(())
}
