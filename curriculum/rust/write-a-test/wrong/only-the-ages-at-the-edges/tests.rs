// tests the ages where each price starts (12 and 65) but not the ages just before them (11 and 64)
use super::*;

#[test]
fn a_child_of_5_pays_5() {
    assert_eq!(ticket_price(5), 5);
}

#[test]
fn a_12_year_old_pays_the_full_price() {
    assert_eq!(ticket_price(12), 10);
}

#[test]
fn an_adult_of_30_pays_10() {
    assert_eq!(ticket_price(30), 10);
}

#[test]
fn someone_of_exactly_65_pays_the_senior_price() {
    assert_eq!(ticket_price(65), 7);
}

#[test]
fn someone_of_80_pays_the_senior_price() {
    assert_eq!(ticket_price(80), 7);
}
