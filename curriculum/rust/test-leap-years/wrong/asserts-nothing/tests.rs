// calls is_leap in each test but never checks what it gives back
use super::*;

#[test]
fn the_year_2024_is_a_leap_year() {
    is_leap(2024);
}

#[test]
fn the_year_1900_is_not_a_leap_year() {
    is_leap(1900);
}

#[test]
fn the_year_2000_is_a_leap_year() {
    is_leap(2000);
}

#[test]
fn the_year_2400_is_a_leap_year() {
    is_leap(2400);
}
