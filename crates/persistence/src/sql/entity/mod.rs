//! SeaORM entities, one per table (see the `migration` crate for the schema). Private to the
//! crate: the public API speaks [`crate::model`] types.

pub mod game_event;
pub mod game_result;
pub mod games;
pub mod snapshot;
pub mod users;
