//! Rules §13 Pitcher of record: win, loss, save and hold.
