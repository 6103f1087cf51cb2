//! Golden scripted games: `tests/games/*.game` hold a setup line, a script of plate appearances
//! and running plays, and below `--- expect` the game's line score, box score and every play
//! record. The driver replays the script and compares the expectation line by line (so every
//! field of every record is asserted). `UPDATE_EXPECT=1 cargo test -p engine-core --test games`
//! rewrites the expectations; review the diff before committing it.
//!
//! Script language (one command per line, `#` comments):
//! * `league sba|pd`, `dh on|off`, `innings N`, `dice scripted|seed N` — setup, before plays.
//! * `pa RESULT [CHOICE...] [| DIE...]` — a plate appearance: default defense, swing, roll, the
//!   card owner submits RESULT (e.g. `GROUNDBALL_A(SS)`), decisions answered by the CHOICEs in
//!   order (`go hold throw concede home first`), extra dice after `|`. In scripted dice mode the
//!   at-bat roll is white 1, reds 1-1, split 10 (the batter's card, no chaos check).
//! * `loop` … `end` — repeat the block until the game is over.
//! * `steal BASE... [| DIE...]`, `hnr RESULT [| DIE...]`, `bunt sac|squeeze|hit [| DIE...]`,
//!   `ibb`, `ph SLOT BENCH#`, `pitch BULLPEN#` — other plays and substitutions.

#![allow(clippy::expect_used, clippy::panic, reason = "a test driver")]

use engine_core::box_score::box_score;
use engine_core::league::ResultEntry;
use engine_core::testing::{ScriptedDice, sample_setup};
use engine_core::{
    Actor, Base, CardResult, Change, Choice, Command, DefenseDecision, Dice, Game, OffenseDecision,
    Position, SeededDice, Side, Step,
};
use std::fmt::Write as _;
use std::path::Path;

enum DiceMode {
    Scripted,
    Seeded(SeededDice),
}

struct Driver {
    game: Option<Game>,
    league: engine_core::League,
    dh: Option<bool>,
    mode: DiceMode,
    line_no: usize,
    /// Scripted dice put before the extra dice of a roll command (the at-bat roll of a `pa`).
    roll_prefix: Vec<u8>,
}

impl Driver {
    fn game(&mut self) -> &mut Game {
        if self.game.is_none() {
            let mut league = self.league.clone();
            if let Some(dh) = self.dh {
                league.rules.dh = dh;
            }
            self.game = Some(Game::new(sample_setup(league, ResultEntry::Manual, true)));
        }
        self.game.as_mut().expect("just created")
    }

    fn send(&mut self, command: Command, extra: &[u8]) {
        let line = self.line_no;
        let side = self
            .game()
            .step()
            .side()
            .unwrap_or_else(|| panic!("line {line}: the game is over"));
        self.send_as(Actor::Team(side), command, extra);
    }

    fn send_as(&mut self, actor: Actor, command: Command, extra: &[u8]) {
        let line = self.line_no;
        let mut scripted = if matches!(command, Command::Roll) {
            self.roll_prefix.clone()
        } else {
            Vec::new()
        };
        scripted.extend_from_slice(extra);
        let game = self.game.as_mut().expect("game");
        let step = game.step().clone();
        let result = match &mut self.mode {
            DiceMode::Scripted => game.handle(
                actor,
                command.clone(),
                &mut ScriptedDice::new(&scripted, 10),
            ),
            DiceMode::Seeded(d) => {
                let mut seq = ExtraThen {
                    extra: extra.to_vec(),
                    inner: d,
                };
                game.handle(actor, command.clone(), &mut seq)
            }
        };
        if let Err(e) = result {
            panic!("line {line}: {command:?} refused at {step:?}: {e}");
        }
    }

    /// Answer steps until the plate appearance (or running play) is over.
    fn finish(
        &mut self,
        result: Option<CardResult>,
        choices: &mut std::vec::IntoIter<Choice>,
        extra: &[u8],
    ) {
        let line = self.line_no;
        let plays = self.game().state().plays.len();
        let mut result = result;
        let mut guard = 0;
        loop {
            let game = self.game();
            let step = game.step().clone();
            let done = game.state().plays.len() > plays;
            match step {
                Step::CardResult { .. } => {
                    let r = result
                        .take()
                        .unwrap_or_else(|| panic!("line {line}: a second card result is needed"));
                    self.send(Command::SubmitResult { result: r }, extra);
                }
                Step::Decision { .. } => {
                    let choice = choices
                        .next()
                        .unwrap_or_else(|| panic!("line {line}: no choice for {step:?}"));
                    self.send(Command::Decide { choice }, extra);
                }
                Step::Roll { .. } if !done => self.send(Command::Roll, extra),
                Step::Roll { .. } if result.is_some() => {
                    // The plate appearance goes on (chaos check, roll again): at most a few times.
                    guard += 1;
                    assert!(guard < 20, "line {line}: the plate appearance does not end");
                    self.send(Command::Roll, extra);
                }
                Step::Rating { .. } => panic!("line {line}: unexpected rating step {step:?}"),
                _ => return,
            }
        }
    }

    fn open_pa(&mut self, defense: DefenseDecision, offense: OffenseDecision, extra: &[u8]) {
        if matches!(self.game().step(), Step::Defense { .. }) {
            self.send(Command::SetDefense(defense), &[]);
        }
        if matches!(self.game().step(), Step::Offense { .. }) {
            self.send(Command::SetOffense { decision: offense }, extra);
        }
    }

    fn run_line(&mut self, line: &str) {
        let (words, extra) = match line.split_once('|') {
            Some((w, d)) => (
                w,
                d.split_whitespace()
                    .map(|t| t.parse().expect("a die"))
                    .collect(),
            ),
            None => (line, Vec::new()),
        };
        let words: Vec<&str> = words.split_whitespace().collect();
        let choices = |from: usize| -> Vec<Choice> {
            words[from..]
                .iter()
                .map(|w| serde_json::from_str(&format!("\"{w}\"")).expect("a choice"))
                .collect()
        };
        match words.as_slice() {
            ["league", name] => self.league = league_config::preset(name).expect("preset"),
            ["dh", v] => self.dh = Some(*v == "on"),
            ["innings", n] => self.league.rules.innings = n.parse().expect("innings"),
            ["dice", "scripted"] => self.mode = DiceMode::Scripted,
            ["dice", "seed", n] => {
                self.mode = DiceMode::Seeded(SeededDice::new(n.parse().expect("seed")))
            }
            ["pa", code, ..] => {
                self.roll_prefix = vec![1, 1, 1, 10];
                let r =
                    CardResult::from_code(code).unwrap_or_else(|| panic!("unknown result {code}"));
                self.open_pa(DefenseDecision::default(), OffenseDecision::Swing, &[]);
                self.finish(Some(r), &mut choices(2).into_iter(), &extra);
            }
            ["hnr", code, ..] => {
                // The contact d20 comes before the at-bat roll.
                let (contact, rest) = extra
                    .split_first()
                    .expect("hnr needs the contact die after |");
                self.roll_prefix = vec![*contact, 1, 1, 1, 10];
                let r =
                    CardResult::from_code(code).unwrap_or_else(|| panic!("unknown result {code}"));
                self.open_pa(DefenseDecision::default(), OffenseDecision::HitAndRun, &[]);
                self.finish(Some(r), &mut choices(2).into_iter(), rest);
            }
            ["steal", bases @ ..] => {
                let runners = bases.iter().map(|b| match *b {
                    "1" => Base::First,
                    "2" => Base::Second,
                    _ => panic!("steal from 1 or 2"),
                });
                self.open_pa(
                    DefenseDecision::default(),
                    OffenseDecision::Steal {
                        runners: runners.collect(),
                    },
                    &extra,
                );
            }
            ["bunt", kind] => {
                self.roll_prefix = Vec::new();
                let d = match *kind {
                    "sac" => OffenseDecision::SacBunt,
                    "squeeze" => OffenseDecision::Squeeze,
                    _ => OffenseDecision::BuntForHit,
                };
                self.open_pa(DefenseDecision::default(), d, &[]);
                self.finish(None, &mut Vec::new().into_iter(), &extra);
            }
            ["ibb"] => self.open_pa(
                DefenseDecision {
                    intentional_walk: true,
                    ..DefenseDecision::default()
                },
                OffenseDecision::Swing,
                &[],
            ),
            ["ph", n] => {
                if matches!(self.game().step(), Step::Defense { .. }) {
                    self.send(Command::SetDefense(DefenseDecision::default()), &[]);
                }
                let game = self.game();
                let side = game.state().batting();
                let out = game.state().team(side).batter();
                let sub = game.setup().team(side).bench[n.parse::<usize>().expect("bench index")];
                self.send(
                    Command::Substitute {
                        changes: vec![Change::PinchHitter { out, sub }],
                    },
                    &[],
                );
            }
            ["pitch", n] => {
                let game = self.game();
                let side = game.state().fielding();
                let out = game.state().team(side).pitcher();
                let sub =
                    game.setup().team(side).bullpen[n.parse::<usize>().expect("bullpen index")];
                self.send(
                    Command::Substitute {
                        changes: vec![Change::Replace {
                            out,
                            sub,
                            position: Position::P,
                        }],
                    },
                    &[],
                );
            }
            _ => panic!("line {}: cannot read {line:?}", self.line_no),
        }
    }
}

/// Extra scripted dice first, then the seeded generator.
struct ExtraThen<'a> {
    extra: Vec<u8>,
    inner: &'a mut SeededDice,
}

impl Dice for ExtraThen<'_> {
    fn roll(&mut self, sides: u8) -> u8 {
        if self.extra.is_empty() {
            self.inner.roll(sides)
        } else {
            self.extra.remove(0).clamp(1, sides)
        }
    }
}

fn expectation(game: &Game) -> String {
    let mut out = String::new();
    let b = box_score(game);
    let state = game.state();
    writeln!(
        out,
        "ending {}",
        serde_json::to_string(&state.ending).expect("json")
    )
    .expect("write");
    for side in Side::BOTH {
        let t = b.team(side);
        let line: Vec<String> = t.line.iter().map(u16::to_string).collect();
        writeln!(
            out,
            "line {} {} | R {} H {} E {} LOB {}",
            t.name,
            line.join(" "),
            t.runs,
            t.hits,
            t.errors,
            t.lob
        )
        .expect("write");
    }
    for side in Side::BOTH {
        let t = b.team(side);
        for l in &t.batting {
            writeln!(
                out,
                "batting {} {}",
                t.name,
                serde_json::to_string(l).expect("json")
            )
            .expect("write");
        }
        for p in &t.pitching {
            writeln!(
                out,
                "pitching {} {}",
                t.name,
                serde_json::to_string(p).expect("json")
            )
            .expect("write");
        }
        let (l, r) = t.proof();
        writeln!(out, "proof {} {l} = {r}", t.name).expect("write");
    }
    for p in &state.plays {
        writeln!(out, "play {}", serde_json::to_string(p).expect("json")).expect("write");
    }
    out
}

fn run_file(path: &Path) {
    let text = std::fs::read_to_string(path).expect("read the game file");
    let (script, expected) = match text.split_once("--- expect\n") {
        Some((s, e)) => (s.to_string(), Some(e.to_string())),
        None => (text.clone(), None),
    };
    let mut d = Driver {
        game: None,
        league: league_config::sba().expect("preset"),
        dh: None,
        mode: DiceMode::Scripted,
        line_no: 0,
        roll_prefix: Vec::new(),
    };
    let lines: Vec<(usize, &str)> = script
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split('#').next().unwrap_or("").trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let mut i = 0;
    while i < lines.len() {
        let (n, line) = lines[i];
        if line == "loop" {
            // Repeat the block up to `end` until the game is over.
            let end = lines[i..]
                .iter()
                .position(|(_, l)| *l == "end")
                .map(|e| i + e)
                .expect("loop needs end");
            for _ in 0..1000 {
                for &(n, l) in &lines[i + 1..end] {
                    if d.game().state().is_over() {
                        break;
                    }
                    d.line_no = n;
                    d.run_line(l);
                }
                if d.game().state().is_over() {
                    break;
                }
            }
            i = end + 1;
            continue;
        }
        d.line_no = n;
        d.run_line(line);
        i += 1;
    }
    let game = d.game().clone();
    let replayed = Game::replay(game.setup().clone(), game.events()).expect("the log replays");
    assert_eq!(
        replayed.state(),
        game.state(),
        "{}: replay differs",
        path.display()
    );
    let actual = expectation(&game);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, format!("{script}--- expect\n{actual}"))
            .expect("write the expectation");
        return;
    }
    let expected = expected.unwrap_or_else(|| {
        panic!(
            "{}: no expectation; run with UPDATE_EXPECT=1",
            path.display()
        )
    });
    for (n, (a, e)) in actual.lines().zip(expected.lines()).enumerate() {
        assert_eq!(
            a,
            e,
            "{}: expectation line {} differs",
            path.display(),
            n + 1
        );
    }
    assert_eq!(
        actual.lines().count(),
        expected.lines().count(),
        "{}: number of lines",
        path.display()
    );
}

#[test]
fn golden_games() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/games");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("games dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "game"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for f in files {
        run_file(&f);
    }
}
