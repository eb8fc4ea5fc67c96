use super::*;

#[test]
fn the_year_2024_is_a_leap_year() {
    assert_eq!(is_leap(2024), true);
}

// Your tests here: at least one for each part of the rule, and for years that are not leap years.
