//! Why a game cannot be exported.

use engine_core::PlayerId;

/// An export failure.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The game is still in progress.
    #[error("the game is not over")]
    NotFinished,
    /// A conceded game has no complete play-by-play to export.
    #[error("the game was conceded")]
    Conceded,
    /// The event log does not replay to the game's state.
    #[error("the event log does not replay: {0}")]
    Replay(String),
    /// Two players map to the same Retrosheet id.
    #[error("players {0} and {1} map to the same Retrosheet id {2}")]
    IdCollision(PlayerId, PlayerId, String),
    /// Two teams map to the same Retrosheet team id.
    #[error("teams {0:?} and {1:?} map to the same team id {2}")]
    TeamCollision(String, String, String),
    /// A date that does not exist.
    #[error("invalid date {0}")]
    InvalidDate(String),
    /// A play the exporter cannot write faithfully (names the play number and why).
    #[error("play {play}: {reason}")]
    Play {
        /// Play number in the game.
        play: u32,
        /// What went wrong.
        reason: String,
    },
    /// Writing the season folder failed.
    #[error("writing {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        #[source]
        source: std::io::Error,
    },
}

impl ExportError {
    /// A play-level failure.
    pub(crate) fn play(play: u32, reason: impl Into<String>) -> Self {
        ExportError::Play {
            play,
            reason: reason.into(),
        }
    }
}
