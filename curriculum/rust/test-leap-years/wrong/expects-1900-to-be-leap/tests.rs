// expects 1900 to be a leap year because it divides by 4, but years ending in 00 are not, so the correct version fails it
use super::*;

#[test]
fn the_year_2024_is_a_leap_year() {
    assert_eq!(is_leap(2024), true);
}

#[test]
fn the_even_year_2022_is_not_a_leap_year() {
    assert_eq!(is_leap(2022), false);
}

#[test]
fn the_year_1900_is_a_leap_year() {
    assert_eq!(is_leap(1900), true);
}

#[test]
fn the_year_2000_is_a_leap_year() {
    assert_eq!(is_leap(2000), true);
}

#[test]
fn the_year_2400_is_a_leap_year() {
    assert_eq!(is_leap(2400), true);
}
