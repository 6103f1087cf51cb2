//! The lineups as the event file has announced them so far (`start` and `sub` records), and
//! the `sub` records that bring them in line with the engine's lineups.

use engine_core::state::TeamState;
use engine_core::{PlayerId, Position};
use std::collections::BTreeMap;

/// Retrosheet position codes beyond the nine fielders.
pub(crate) const DH: u8 = 10;
/// Pinch hitter.
pub(crate) const PH: u8 = 11;
/// Pinch runner.
pub(crate) const PR: u8 = 12;

/// One `sub` record: player, batting slot (0 = pitcher not batting), position code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sub {
    pub player: PlayerId,
    pub slot: u8,
    pub pos: u8,
}

/// A team as the file has announced it.
#[derive(Clone, Debug, Default)]
pub(crate) struct View {
    /// Player in each batting slot 1..=9 (index 0 unused).
    slots: [PlayerId; 10],
    /// Announced (slot, position code) of every player now in the game.
    players: BTreeMap<PlayerId, (u8, u8)>,
}

/// Where the engine has a player now: (slot 1..=9 or 0, position code).
fn engine_place(team: &TeamState, player: PlayerId) -> (u8, u8) {
    let slot = team.slot_of(player).map_or(0, |s| s as u8 + 1);
    let pos = team.position_of(player).map_or(DH, Position::number);
    (slot, pos)
}

impl View {
    /// The starting lineup (the `start` records), straight from the engine's initial team.
    pub(crate) fn start(team: &TeamState) -> (View, Vec<Sub>) {
        let mut view = View::default();
        let mut starts = Vec::new();
        for (i, &p) in team.slots.iter().enumerate() {
            let (slot, pos) = (i as u8 + 1, engine_place(team, p).1);
            view.slots[usize::from(slot)] = p;
            view.players.insert(p, (slot, pos));
            starts.push(Sub {
                player: p,
                slot,
                pos,
            });
        }
        let pitcher = team.pitcher();
        if let std::collections::btree_map::Entry::Vacant(e) = view.players.entry(pitcher) {
            e.insert((0, 1));
            starts.push(Sub {
                player: pitcher,
                slot: 0,
                pos: 1,
            });
        }
        (view, starts)
    }

    /// The player announced in a batting slot (1..=9).
    pub(crate) fn in_slot(&self, slot: u8) -> PlayerId {
        self.slots[usize::from(slot.min(9))]
    }

    /// The announced pitcher.
    pub(crate) fn pitcher(&self) -> Option<PlayerId> {
        self.players
            .iter()
            .find(|(_, (_, pos))| *pos == 1)
            .map(|(&p, _)| p)
    }

    fn announce(&mut self, sub: Sub, out: &mut Vec<Sub>) {
        if sub.slot > 0 {
            let old = self.slots[usize::from(sub.slot)];
            if old != sub.player {
                self.players.remove(&old);
            }
            self.slots[usize::from(sub.slot)] = sub.player;
        }
        if sub.pos <= 9 {
            // Whoever was announced there before has left that position (he is re-announced
            // elsewhere by this batch, or he is out of the game).
            let displaced: Vec<PlayerId> = self
                .players
                .iter()
                .filter(|(p, (_, pos))| *pos == sub.pos && **p != sub.player)
                .map(|(&p, _)| p)
                .collect();
            for p in displaced {
                if let Some(e) = self.players.get_mut(&p) {
                    e.1 = 0;
                }
            }
        }
        self.players.insert(sub.player, (sub.slot, sub.pos));
        out.push(sub);
    }

    /// Offense: the players who took a batting slot since the last sync (`code` gives PH or
    /// PR for each).
    pub(crate) fn sync_offense(
        &mut self,
        team: &TeamState,
        code: impl Fn(PlayerId) -> u8,
    ) -> Vec<Sub> {
        let mut out = Vec::new();
        for (i, &p) in team.slots.iter().enumerate() {
            let slot = i as u8 + 1;
            if self.slots[usize::from(slot)] != p {
                self.announce(
                    Sub {
                        player: p,
                        slot,
                        pos: code(p),
                    },
                    &mut out,
                );
            }
        }
        out
    }

    /// Defense: every change of slot or position, so that the announced alignment equals the
    /// engine's. A pinch hitter or runner left in the DH slot simply becomes the DH (Chadwick
    /// does that by itself at the change of sides).
    pub(crate) fn sync_defense(&mut self, team: &TeamState) -> Vec<Sub> {
        let mut out = Vec::new();
        let mut everyone: Vec<PlayerId> = team.fielders.to_vec();
        everyone.extend(team.slots.iter().filter(|p| !team.fielders.contains(p)));
        // Newcomers to the batting order first, then position changes: the order does not
        // matter to Chadwick, but it reads naturally.
        everyone.sort_by_key(|p| self.players.contains_key(p));
        for p in everyone {
            let want = engine_place(team, p);
            match self.players.get(&p) {
                Some(&have) if have == want => {}
                Some(&(slot, pos)) if slot == want.0 && want.1 == DH && pos >= PH => {
                    self.players.insert(p, want);
                }
                _ => self.announce(
                    Sub {
                        player: p,
                        slot: want.0,
                        pos: want.1,
                    },
                    &mut out,
                ),
            }
        }
        out
    }
}
