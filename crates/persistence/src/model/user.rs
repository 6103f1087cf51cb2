//! Users: Discord accounts that have signed in.

use super::ids::UserId;
use chrono::{DateTime, Utc};

/// A user as Discord describes him at sign-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewUser {
    /// The Discord snowflake, as Discord sends it (a decimal string).
    pub discord_id: String,
    /// The display name.
    pub name: String,
    /// The avatar hash or URL, if any.
    pub avatar: Option<String>,
}

/// A stored user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserRecord {
    /// Our id.
    pub id: UserId,
    /// What Discord said last.
    pub user: NewUser,
    /// First sign-in.
    pub created_at: DateTime<Utc>,
    /// Latest sign-in.
    pub last_seen_at: DateTime<Utc>,
}
