//! league-config (work in progress).
