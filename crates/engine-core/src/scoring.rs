//! Rules §2.8 and §13 Scoring: apply a resolved play — runner movement, outs, runs (with the
//! third-out and walk-off limits), earned runs by inning reconstruction, RBI, sacrifice flies,
//! pitcher outings — and write its play record.

use crate::bases::{Bases, Runner};
use crate::command::OffenseDecision;
use crate::end_of_game;
use crate::ids::{Base, Half, Hand, Position};
use crate::outcome::{BatterFate, Fate, Outcome};
use crate::play_record::{EndBase, PlayRecord, RunScored};
use crate::setup::Setup;
use crate::state::GameState;

/// A runner crossing the plate on this play, before the limits are applied.
struct Crossing {
    runner: Runner,
    start: u8,
    error_advance: bool,
}

/// Where everybody ends: the new bases, the runners crossing the plate (lead runner first), and
/// how many runners were left standing on a base another runner took (only possible when the
/// half ends on the play).
fn move_runners(state: &GameState, o: &Outcome, batter: Runner) -> (Bases, Vec<Crossing>, u16) {
    let start = state.bases;
    let mut bases = Bases::default();
    let mut crossings = Vec::new();
    let mut collisions = 0;
    let mut place = |bases: &mut Bases, b: Base, r: Runner| {
        if bases.occupied(b) {
            collisions += 1;
        }
        bases.set(b, Some(r));
    };
    for b in [Base::Third, Base::Second, Base::First] {
        let Some(r) = start.get(b) else { continue };
        let i = b.index().unwrap_or(0);
        match o.runners[i] {
            Fate::Stay => place(&mut bases, b, r),
            Fate::To(Base::Home) => crossings.push(Crossing {
                runner: r,
                start: b.number(),
                error_advance: o.error_advance[i],
            }),
            Fate::To(t) => place(&mut bases, t, r),
            Fate::Out { .. } => {}
        }
    }
    match o.batter {
        BatterFate::Reaches(Base::Home) => crossings.push(Crossing {
            runner: batter,
            start: 0,
            error_advance: false,
        }),
        BatterFate::Reaches(t) => place(&mut bases, t, batter),
        BatterFate::Out { .. } | BatterFate::Continues => {}
    }
    (bases, crossings, collisions)
}

/// A play can never make more than the outs left in the half: keep the batter's out (or the
/// lead runner's) and let the other runners stand.
fn cap_outs(o: &mut Outcome, start_outs: u8) {
    let mut left = 3u8.saturating_sub(start_outs);
    if matches!(o.batter, BatterFate::Out { .. }) {
        left = left.saturating_sub(1);
    }
    for i in (0..3).rev() {
        if let Fate::Out { .. } = o.runners[i] {
            if left == 0 {
                o.runners[i] = Fate::Stay;
                o.double_play = false;
                o.gidp = false;
            } else {
                left -= 1;
            }
        }
    }
}

fn end_base(fate: Fate, start: Base, counted: bool) -> EndBase {
    Some(match fate {
        Fate::Stay => start.number(),
        Fate::To(Base::Home) if !counted => start.number(),
        Fate::To(t) => t.number(),
        Fate::Out { .. } => 0,
    })
}

/// Apply a resolved play to the state.
pub(crate) fn apply_outcome(state: &mut GameState, setup: &Setup, mut o: Outcome) {
    let batting = state.batting();
    let fielding = state.fielding();
    let offense_team = state.team(batting);
    let slot = offense_team.next_slot % 9;
    let batter_id = offense_team.batter();
    let defense_team = state.team(fielding);
    let pitcher = defense_team.pitcher();
    let catcher = defense_team.at(Position::C);
    let batter = Runner {
        player: batter_id,
        pitcher,
        earned: !o.batter_on_error,
    };
    let start_bases = state.bases;
    let start_outs = state.outs;
    cap_outs(&mut o, start_outs);
    let score_before = state.score;
    let outs_on_play = o.outs();
    let total_outs = start_outs + outs_on_play;

    let (new_bases, mut crossings, mut stranded) = move_runners(state, &o, batter);
    if total_outs >= 3 && o.third_out_voids_runs() {
        stranded += crossings.len() as u16;
        crossings.clear();
    }
    // Rules §12 walk-off: only the runs needed count unless it is a home run.
    let innings = setup.league().rules.innings;
    let home_deficit = i32::from(score_before[0]) - i32::from(score_before[1]);
    let mut walkoff = false;
    if state.half == Half::Bottom && state.inning >= innings && home_deficit >= 0 {
        let needed = usize::try_from(home_deficit + 1).unwrap_or(usize::MAX);
        if crossings.len() >= needed && total_outs < 3 {
            walkoff = true;
            if o.hit != 4 {
                stranded += (crossings.len() - needed) as u16;
                crossings.truncate(needed);
                if o.hit > 0 {
                    let winner_advance = crossings.last().map_or(1, |c| 4 - c.start);
                    o.hit = o.hit.min(winner_advance.max(1));
                }
            }
        }
    }
    let runs_counted: Vec<RunScored> = {
        let prevented = u8::from(o.error_prevented_out);
        let inning_over = state.reconstructed_outs + prevented >= 3;
        crossings
            .iter()
            .map(|c| RunScored {
                runner: c.runner.player,
                pitcher: c.runner.pitcher,
                earned: c.runner.earned && !c.error_advance && !inning_over,
            })
            .collect()
    };
    state.reconstructed_outs = state
        .reconstructed_outs
        .saturating_add(outs_on_play + u8::from(o.error_prevented_out));

    let runs = runs_counted.len() as u16;
    let b = batting.index();
    state.score[b] += runs;
    if let Some(last) = state.line[b].last_mut() {
        *last += runs;
    }
    state.hits[b] += u16::from(o.hit > 0);
    state.errors[fielding.index()] += o.errors.len() as u16;
    for r in &runs_counted {
        if let Some(out) = state
            .outings
            .iter_mut()
            .rev()
            .find(|x| x.player == r.pitcher)
        {
            out.runs += 1;
        }
    }
    if let Some(out) = state.outing_mut(fielding) {
        out.outs += u16::from(outs_on_play);
        if o.pa_ends {
            out.batters_faced += 1;
            out.owes = out.owes.saturating_sub(1);
        }
    }
    if o.pa_ends {
        let team = state.team_mut(batting);
        team.next_slot = (team.next_slot + 1) % 9;
    }
    if o.reset_offense {
        state.offense = OffenseDecision::Swing;
    }
    state.bases = new_bases;
    state.outs = total_outs.min(3);

    let record = play_record(
        state,
        setup,
        &o,
        PlayStart {
            slot,
            start_bases,
            start_outs,
            score_before,
            batter_id,
            pitcher,
            catcher,
        },
        &runs_counted,
        walkoff,
    );
    state.plays.push(record);

    if state.outs >= 3 {
        state.lob[b] += state.bases.count() as u16 + stranded;
        end_of_game::end_half(state, setup);
    } else if walkoff {
        state.lob[b] += state.bases.count() as u16 + stranded;
        end_of_game::finish(state, crate::state::Ending::WalkOff);
    } else {
        debug_assert_eq!(
            stranded, 0,
            "runners collided without the half ending: {} {:?} from {:?}",
            o.result, o.runners, start_bases
        );
        state.step = if o.pa_ends {
            end_of_game::next_pa_step(state)
        } else {
            crate::step::Step::Roll { side: batting }
        };
    }
}

struct PlayStart {
    slot: u8,
    start_bases: Bases,
    start_outs: u8,
    score_before: [u16; 2],
    batter_id: crate::ids::PlayerId,
    pitcher: crate::ids::PlayerId,
    catcher: Option<crate::ids::PlayerId>,
}

fn play_record(
    state: &GameState,
    setup: &Setup,
    o: &Outcome,
    s: PlayStart,
    runs: &[RunScored],
    walkoff: bool,
) -> PlayRecord {
    let batting = state.batting();
    let counted: Vec<_> = runs.iter().map(|r| r.runner).collect();
    let runner_at = |b: Base| s.start_bases.get(b).map(|r| r.player);
    let final_of = |b: Base| {
        let i = b.index().unwrap_or(0);
        s.start_bases
            .get(b)
            .and_then(|r| end_base(o.runners[i], b, counted.contains(&r.player)))
    };
    let batter_final = match o.batter {
        BatterFate::Continues => None,
        BatterFate::Out { .. } => Some(0),
        BatterFate::Reaches(Base::Home) if !counted.contains(&s.batter_id) => Some(3),
        BatterFate::Reaches(t) => Some(t.number()),
    };
    let lead_before = i32::from(s.score_before[batting.index()])
        - i32::from(s.score_before[batting.other().index()]);
    let lead_after = state.lead(batting);
    let sf = o.flyout && s.start_outs < 2 && !runs.is_empty() && o.pa_ends;
    let pa = u8::from(o.pa_ends);
    let not_ab = o.bb || o.hbp || o.sac || sf || o.ci;
    let rbi = if o.no_rbi || !o.pa_ends || o.batter_on_error {
        0
    } else {
        runs.len() as u8
    };
    let throws = setup.player(s.pitcher).and_then(|(_, p)| p.throws);
    let bats = setup
        .player(s.batter_id)
        .and_then(|(_, p)| p.bats)
        .map(|h| batting_hand(h, throws));
    let defender = o.defender.and_then(|p| state.team(state.fielding()).at(p));
    let pick_off = u8::from(o.pick_off);
    PlayRecord {
        play_num: state.plays.len() as u32 + 1,
        event_no: state.event_no,
        inning: state.inning,
        half: Some(state.half),
        batting_order: s.slot + 1,
        starting_outs: s.start_outs,
        on_base_code: s.start_bases.code(),
        away_score: s.score_before[0],
        home_score: s.score_before[1],
        away_score_after: state.score[0],
        home_score_after: state.score[1],
        batter: Some(s.batter_id),
        pitcher: Some(s.pitcher),
        catcher: s.catcher,
        defender,
        runner: o.runner,
        batter_hand: bats,
        pitcher_hand: throws,
        on_first: runner_at(Base::First),
        on_second: runner_at(Base::Second),
        on_third: runner_at(Base::Third),
        on_first_final: final_of(Base::First),
        on_second_final: final_of(Base::Second),
        on_third_final: final_of(Base::Third),
        batter_final,
        result: o.result.clone(),
        at_bat: o.at_bat.map(|r| [r.white, r.red1, r.red2, r.split]),
        injury_check: o.at_bat.and_then(|r| r.injury_check()),
        pa,
        ab: u8::from(o.pa_ends && !not_ab),
        hit: u8::from(o.hit > 0),
        double: u8::from(o.hit == 2),
        triple: u8::from(o.hit == 3),
        homerun: u8::from(o.hit == 4),
        bb: u8::from(o.bb),
        ibb: u8::from(o.ibb),
        so: u8::from(o.so),
        hbp: u8::from(o.hbp),
        sac: u8::from(o.sac),
        sf: u8::from(sf),
        ci: u8::from(o.ci),
        gidp: u8::from(o.gidp && o.outs() >= 2),
        rbi,
        run: runs.len() as u8,
        e_run: runs.iter().filter(|r| r.earned).count() as u8,
        sb: o.stolen.len() as u8,
        cs: (o.caught.len() as u8).saturating_sub(pick_off),
        error: o.errors.len() as u8,
        wild_pitch: u8::from(o.wild_pitch),
        passed_ball: u8::from(o.passed_ball),
        pick_off,
        balk: u8::from(o.balk),
        bphr: u8::from(o.bp == Some("bphr")),
        bpfo: u8::from(o.bp == Some("bpfo")),
        bp1b: u8::from(o.bp == Some("bp1b")),
        bplo: u8::from(o.bp == Some("bplo")),
        outs: o.outs(),
        double_play: u8::from(o.outs() >= 2),
        is_go_ahead: lead_before <= 0 && lead_after > 0,
        is_tied: lead_before < 0 && lead_after == 0,
        is_walkoff: walkoff,
        fielding: Some(state.fielding()),
        runs: runs.to_vec(),
        stolen_by: o.stolen.clone(),
        caught: o.caught.clone(),
    }
}

/// The side a batter bats from: a switch hitter bats opposite the pitcher's hand.
#[must_use]
pub fn batting_hand(bats: Hand, pitcher_throws: Option<Hand>) -> Hand {
    match (bats, pitcher_throws) {
        (Hand::S, Some(Hand::L)) => Hand::R,
        (Hand::S, _) => Hand::L,
        (h, _) => h,
    }
}
