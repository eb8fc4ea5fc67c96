// keeps only the example test for 2024, so no year ending in 00 and no ordinary year is ever checked
use super::*;

#[test]
fn the_year_2024_is_a_leap_year() {
    assert_eq!(is_leap(2024), true);
}
