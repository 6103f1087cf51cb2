//! The simulator: plays many auto games between two teams with the computer manager on both
//! sides and aggregates team batting and pitching per team-game.

pub mod stats;
