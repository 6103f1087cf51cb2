//! What the manager reads from a game: ratings (known, or league average when the card is not
//! in the engine), the score situation, and who is still available.

use super::ManagerConfig;
use super::manual::average_rating;
use crate::game::Game;
use crate::ids::{PlayerId, Position, Side};
use crate::ratings::RatingKind;
use crate::state::TeamState;

/// A rating as the engine would read it (typed in during the game, else from the setup), or
/// the league-average value the manager assumes when neither knows it.
pub(super) fn rating(game: &Game, player: PlayerId, kind: RatingKind) -> i16 {
    known(game, player, kind).unwrap_or_else(|| average_rating(game.setup().league(), kind))
}

/// A rating the engine knows.
pub(super) fn known(game: &Game, player: PlayerId, kind: RatingKind) -> Option<i16> {
    game.state()
        .ratings
        .get(player, kind)
        .or_else(|| game.setup().ratings().get(player, kind))
}

/// The game situation seen from one side.
#[derive(Clone, Copy, Debug)]
pub(super) struct Situation {
    /// Inning ≥ the configured late inning.
    pub late: bool,
    /// Inning ≥ the league's regulation innings.
    pub last_innings: bool,
    /// This side's lead (negative when trailing).
    pub lead: i16,
    /// Within the configured close margin.
    pub close: bool,
    /// Outs in the half.
    pub outs: u8,
}

impl Situation {
    /// The situation for `side` now.
    pub fn of(cfg: &ManagerConfig, game: &Game, side: Side) -> Self {
        let state = game.state();
        let lead = state.lead(side);
        Situation {
            late: state.inning >= cfg.late_inning,
            last_innings: state.inning >= game.setup().league().rules.innings,
            lead,
            close: lead.abs() <= cfg.close_margin,
            outs: state.outs,
        }
    }

    /// Late and close.
    pub fn late_and_close(self) -> bool {
        self.late && self.close
    }
}

/// Whether a player has not played in this game (no re-entry, rules §10).
pub(super) fn unused(team: &TeamState, player: PlayerId) -> bool {
    !team.in_game(player)
        && !team.removed.contains(&player)
        && !team.appeared.iter().any(|&(p, _)| p == player)
}

/// The first unused pitcher: the bullpen in its order, then anyone else eligible at P.
pub(super) fn available_reliever(game: &Game, side: Side) -> Option<PlayerId> {
    let team = game.state().team(side);
    let setup = game.setup().team(side);
    let bullpen = setup.bullpen.iter().copied();
    let others = setup
        .players
        .iter()
        .filter(|p| p.positions.contains(&Position::P))
        .map(|p| p.id);
    bullpen.chain(others).find(|&p| {
        unused(team, p)
            && game
                .setup()
                .player(p)
                .is_some_and(|(_, ps)| ps.positions.contains(&Position::P))
    })
}

/// The first unused bench player who is not a pitcher.
pub(super) fn available_hitter(game: &Game, side: Side) -> Option<PlayerId> {
    let team = game.state().team(side);
    game.setup().team(side).bench.iter().copied().find(|&p| {
        unused(team, p)
            && game
                .setup()
                .player(p)
                .is_some_and(|(_, ps)| !ps.positions.contains(&Position::P))
    })
}

/// Whether the batter due up for `side` is its pitcher (playing P, and a pitcher by his card).
pub(super) fn pitcher_bats(game: &Game, side: Side) -> bool {
    let team = game.state().team(side);
    let batter = team.batter();
    team.position_of(batter) == Some(Position::P)
        && game
            .setup()
            .player(batter)
            .is_some_and(|(_, p)| p.positions.contains(&Position::P))
}
