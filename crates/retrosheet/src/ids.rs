//! Retrosheet identifiers: 8-character player ids, 3-character team ids, 12-character game
//! ids, and the game date.

use crate::error::ExportError;
use engine_core::PlayerId;
use std::fmt;

/// A calendar date (checked).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A date; `Err` when it does not exist (or the year is outside 1000..=9999).
    pub fn new(year: u16, month: u8, day: u8) -> Result<Self, ExportError> {
        let leap =
            year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 0,
        };
        if !(1000..=9999).contains(&year) || day == 0 || day > days {
            return Err(ExportError::InvalidDate(format!("{year}-{month}-{day}")));
        }
        Ok(Date { year, month, day })
    }
    /// The year.
    #[must_use]
    pub fn year(self) -> u16 {
        self.year
    }
    /// `yyyymmdd`, as game ids spell it.
    #[must_use]
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    /// `yyyy/mm/dd`, as `info,date` spells it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}/{:02}/{:02}", self.year, self.month, self.day)
    }
}

const BASE36: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// The 8-character Retrosheet-style id of a player: the first three letters of his last name
/// (lower case, padded with `x`) and his engine id in base 36, five digits (the id modulo
/// 36^5). Deterministic; [`crate::export_game`] refuses a game in which two players collide.
#[must_use]
pub fn player_id(id: PlayerId, name: &str) -> String {
    let last = name.split_whitespace().last().unwrap_or("");
    let mut letters: String = last
        .chars()
        .chain(name.chars())
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .take(3)
        .collect();
    while letters.len() < 3 {
        letters.push('x');
    }
    let mut n = id.0 % 36u32.pow(5);
    let mut digits = [b'0'; 5];
    for d in digits.iter_mut().rev() {
        *d = BASE36[(n % 36) as usize];
        n /= 36;
    }
    letters.extend(digits.iter().map(|&b| char::from(b)));
    letters
}

/// The 3-character team id of a team name: its first three ASCII letters or digits, upper
/// case, padded with `X`.
#[must_use]
pub fn team_id(name: &str) -> String {
    let mut id: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .take(3)
        .collect();
    while id.len() < 3 {
        id.push('X');
    }
    id
}

/// The 12-character game id: home team id, `yyyymmdd`, and the game number of the day
/// (0 for a single game, 1 and 2 for a doubleheader; other numbers are taken modulo 10).
#[must_use]
pub fn game_id(home_team: &str, date: Date, number: u8) -> String {
    format!("{}{}{}", team_id(home_team), date.compact(), number % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_eight_characters_and_deterministic() {
        assert_eq!(player_id(PlayerId(101), "Player 101"), "pla0002t");
        assert_eq!(player_id(PlayerId(7), "Mike Trout"), "tro00007");
        assert_eq!(player_id(PlayerId(u32::MAX), "").len(), 8);
        assert_eq!(team_id("ab"), "ABX");
        let d = Date::new(2026, 4, 1).unwrap();
        assert_eq!(game_id("HOM", d, 0), "HOM202604010");
        assert_eq!(d.to_string(), "2026/04/01");
        assert!(Date::new(2026, 2, 29).is_err());
        assert!(Date::new(2024, 2, 29).is_ok());
    }
}
