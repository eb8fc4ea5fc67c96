use super::*;

#[test]
fn two_minutes_is_120_seconds() {
    assert_eq!(seconds(2), 120);
}

#[test]
fn one_minute_is_60_seconds() {
    assert_eq!(seconds(1), 60);
}

#[test]
fn ten_minutes_is_600_seconds() {
    assert_eq!(seconds(10), 600);
}

#[test]
fn zero_minutes_is_0_seconds() {
    assert_eq!(seconds(0), 0);
}
