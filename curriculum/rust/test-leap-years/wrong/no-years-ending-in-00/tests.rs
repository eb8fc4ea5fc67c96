// tests ordinary years well but no year ending in 00, so the mistakes in the century and 400 rules slip through
use super::*;

#[test]
fn the_year_2024_is_a_leap_year() {
    assert_eq!(is_leap(2024), true);
}

#[test]
fn the_year_1996_is_a_leap_year() {
    assert_eq!(is_leap(1996), true);
}

#[test]
fn the_year_2023_is_not_a_leap_year() {
    assert_eq!(is_leap(2023), false);
}

#[test]
fn the_even_year_2022_is_not_a_leap_year() {
    assert_eq!(is_leap(2022), false);
}
