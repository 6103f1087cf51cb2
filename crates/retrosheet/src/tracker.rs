//! Chadwick's view of the bases: who is on each base and which pitcher is responsible for him,
//! updated exactly as Chadwick's game iterator does for the plays this crate writes
//! (including its rule 9.16(g) hand-over of responsibility on fielder's choices). The exporter
//! compares it with the engine's bases before each play and writes `presadj` records where the
//! responsible pitchers differ.

use engine_core::PlayerId;

/// One runner: (runner, responsible pitcher).
pub(crate) type Slot = Option<(PlayerId, PlayerId)>;

/// What a play does to the batter (index 0) and the runners on 1..=3: `dest` is 0 for out,
/// 1..=3 for a base, 4 for home (`None`: nobody there, or the batter's turn goes on); `fc`
/// marks runners put out on a fielder's choice (responsibility passes back).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Moves {
    pub dest: [Option<u8>; 4],
    pub fc: [bool; 4],
}

/// The bases as Chadwick tracks them.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tracker {
    pub runners: [Slot; 4],
}

impl Tracker {
    /// A new half-inning.
    pub(crate) fn clear(&mut self) {
        self.runners = [None; 4];
    }

    /// A pinch runner takes the base (responsibility stays).
    pub(crate) fn replace(&mut self, old: PlayerId, new: PlayerId) {
        for (runner, _) in self.runners[1..].iter_mut().flatten() {
            if *runner == old {
                *runner = new;
                return;
            }
        }
    }

    fn occupied(&self, base: usize) -> bool {
        self.runners[base].is_some()
    }

    fn put_out(m: &Moves, base: usize) -> bool {
        m.dest[base] == Some(0)
    }

    /// Responsibility handed back one runner (Chadwick's `reassign_responsibility`).
    fn reassign(&mut self, base: usize) {
        let Some((_, pitcher)) = self.runners[base] else {
            return;
        };
        for b in (1..base).rev() {
            if self.occupied(b) {
                self.reassign(b);
                if let Some(r) = self.runners[b].as_mut() {
                    r.1 = pitcher;
                }
                return;
            }
        }
        if let Some(r) = self.runners[0].as_mut() {
            r.1 = pitcher;
        }
    }

    /// The pitcher Chadwick charges with the run of the runner who started on `base`
    /// (its `responsible_base`: a fielder's-choice out at third passes the run back).
    pub(crate) fn charged(&self, m: &Moves, base: usize, current: PlayerId) -> Option<PlayerId> {
        if base == 0 {
            return Some(current);
        }
        let third_fc_out = Self::put_out(m, 3) && m.fc[3];
        let scores = |b: usize| m.dest[b].is_some_and(|d| d >= 4);
        let from = match base {
            3 => 3,
            2 if third_fc_out && scores(2) => 3,
            2 => 2,
            _ if third_fc_out && scores(2) => 2,
            _ if third_fc_out && !self.occupied(2) && scores(1) => 3,
            _ => 1,
        };
        self.runners[from].map(|(_, p)| p)
    }

    /// Apply a play (Chadwick's `process_advance`): the batter is placed with `pitcher`
    /// responsible.
    pub(crate) fn apply(&mut self, m: &Moves, batter: PlayerId, pitcher: PlayerId) {
        self.runners[0] = Some((batter, pitcher));
        let adv = |b: usize| m.dest[b].unwrap_or(b as u8);
        if adv(3) >= 4 || Self::put_out(m, 3) {
            if m.fc[3] && Self::put_out(m, 3) {
                self.reassign(3);
            }
            self.runners[3] = None;
        }
        if adv(2) == 3 {
            self.runners[3] = self.runners[2];
        }
        if adv(2) >= 3 || Self::put_out(m, 2) {
            if m.fc[2] && Self::put_out(m, 2) {
                self.reassign(2);
            }
            self.runners[2] = None;
        }
        if adv(1) == 2 || adv(1) == 3 {
            self.runners[usize::from(adv(1))] = self.runners[1];
        }
        if adv(1) >= 2 || Self::put_out(m, 1) {
            if m.fc[1] && Self::put_out(m, 1) {
                self.reassign(1);
            }
            self.runners[1] = None;
        }
        if let Some(d @ 1..=3) = m.dest[0] {
            self.runners[usize::from(d)] = self.runners[0];
        }
        self.runners[0] = None;
    }
}
