//! Rules §13 Box score: batting and pitching lines, line score, LOB, errors and double plays,
//! computed from the play log, and the proof of the box score.

pub use placeholder::*;
mod placeholder {}
