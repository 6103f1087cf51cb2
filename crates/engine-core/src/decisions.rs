//! Rules §13 Pitcher of record: win, loss, save and hold, from the play log and the outings.
//!
//! * Win: the winning team's pitcher of record when it took the lead for good; a starter needs
//!   15 outs (5 innings), otherwise the win goes to the winning team's reliever with the most
//!   outs.
//! * Loss: the pitcher charged with the run that gave the winners the lead for good.
//! * Save: the winning team's last pitcher, if not the winner, who got at least one out, never
//!   gave up the lead, and entered with a lead of at most three and got 3 outs, or entered with
//!   the tying run on base, at bat or on deck, or pitched 9 or more outs.
//! * Hold: a reliever other than the last, who entered in a save situation, got an out and left
//!   with the lead intact.

use crate::game::Game;
use crate::ids::{PlayerId, Side};
use crate::state::Outing;
use serde::{Deserialize, Serialize};

/// A pitcher's decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    /// Win.
    W,
    /// Loss.
    L,
    /// Save.
    S,
    /// Hold.
    H,
}

/// Outs a starter needs for the win.
const STARTER_WIN_OUTS: u16 = 15;

/// Decisions for a finished game (empty for a tie or a game in progress).
#[must_use]
pub fn decisions(game: &Game) -> Vec<(PlayerId, Decision)> {
    let state = game.state();
    let Some(winner) = state.winner() else {
        return Vec::new();
    };
    let loser = winner.other();
    // Find the play on which the winners took the lead for good, tracking each team's
    // pitcher of record (the last pitcher who pitched for it).
    let starters = Side::BOTH.map(|s| game.setup().team(s).pitcher);
    let mut current = starters;
    let mut go_ahead: Option<(PlayerId, PlayerId)> = None;
    for rec in &state.plays {
        let Some(fielding) = rec.fielding else {
            continue;
        };
        if let Some(p) = rec.pitcher {
            current[fielding.index()] = p;
        }
        let batting = fielding.other();
        let (own_before, opp_before, own_after, opp_after) = match batting {
            Side::Away => (
                rec.away_score,
                rec.home_score,
                rec.away_score_after,
                rec.home_score_after,
            ),
            Side::Home => (
                rec.home_score,
                rec.away_score,
                rec.home_score_after,
                rec.away_score_after,
            ),
        };
        if batting == winner && own_before <= opp_before && own_after > opp_after {
            // The run that put them ahead: the (deficit + 1)-th run of the play.
            let k = usize::from(opp_before - own_before);
            let charged = rec
                .runs
                .get(k)
                .map_or(current[loser.index()], |r| r.pitcher);
            go_ahead = Some((current[winner.index()], charged));
        }
        if batting == loser && own_after >= opp_after {
            go_ahead = None;
        }
    }
    let Some((mut win, loss)) = go_ahead else {
        return Vec::new();
    };
    let outings: Vec<&Outing> = state.outings.iter().filter(|o| o.side == winner).collect();
    let outs_of = |p: PlayerId| {
        outings
            .iter()
            .filter(|o| o.player == p)
            .map(|o| o.outs)
            .sum::<u16>()
    };
    if win == starters[winner.index()]
        && outs_of(win) < STARTER_WIN_OUTS
        && outings.len() > 1
        && let Some(best) = outings.iter().skip(1).max_by_key(|o| o.outs)
    {
        win = best.player;
    }
    let mut out = vec![(win, Decision::W), (loss, Decision::L)];
    let lost_lead = |p: PlayerId| {
        state
            .plays
            .iter()
            .filter(|r| r.pitcher == Some(p) && r.fielding == Some(winner))
            .any(|r| {
                let (own, opp) = match winner {
                    Side::Away => (r.away_score_after, r.home_score_after),
                    Side::Home => (r.home_score_after, r.away_score_after),
                };
                own <= opp
            })
    };
    let last = outings.last().map(|o| o.player);
    for (i, o) in outings.iter().enumerate() {
        if i == 0 || o.player == win || o.outs == 0 || lost_lead(o.player) {
            continue;
        }
        let is_last = Some(o.player) == last && i == outings.len() - 1;
        if is_last && earns_save(o) {
            out.push((o.player, Decision::S));
        } else if !is_last && save_situation(o) {
            out.push((o.player, Decision::H));
        }
    }
    out
}

/// The tying run was on base, at bat or on deck when he entered.
fn tying_run_close(o: &Outing) -> bool {
    o.entry_lead > 0 && o.entry_lead <= i16::from(o.entry_runners) + 2
}

/// He entered with a lead he could save: at most three runs, or the tying run close.
fn save_situation(o: &Outing) -> bool {
    o.entry_lead > 0 && (o.entry_lead <= 3 || tying_run_close(o))
}

/// Official rule 9.19 for a finishing pitcher who kept the lead and got an out: he entered with
/// a lead of at most three and pitched an inning, or with the tying run on base, at bat or on
/// deck, or pitched three innings.
fn earns_save(o: &Outing) -> bool {
    o.entry_lead > 0 && ((o.entry_lead <= 3 && o.outs >= 3) || tying_run_close(o) || o.outs >= 9)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outing(lead: i16, runners: u8, outs: u16) -> Outing {
        Outing {
            player: PlayerId(1),
            side: Side::Home,
            started: false,
            batters_faced: 0,
            outs,
            runs: 0,
            owes: 0,
            entry_lead: lead,
            entry_runners: runners,
            active: false,
        }
    }

    #[test]
    fn save_rules() {
        assert!(earns_save(&outing(3, 0, 3)), "three-run lead, one inning");
        assert!(
            !earns_save(&outing(3, 0, 2)),
            "three-run lead needs a full inning"
        );
        assert!(
            earns_save(&outing(2, 0, 1)),
            "tying run on deck: one out is enough"
        );
        assert!(
            earns_save(&outing(5, 3, 1)),
            "bases loaded, five-run lead: tying run on deck"
        );
        assert!(
            !earns_save(&outing(5, 0, 3)),
            "five-run lead, bases empty, one inning"
        );
        assert!(earns_save(&outing(7, 0, 9)), "three innings");
        assert!(!earns_save(&outing(0, 0, 9)), "no lead, no save");
        assert!(save_situation(&outing(3, 0, 0)) && !save_situation(&outing(4, 0, 0)));
    }
}
