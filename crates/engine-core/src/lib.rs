//! engine-core: the pure rules engine (work in progress).
pub mod ids;
pub mod league;
