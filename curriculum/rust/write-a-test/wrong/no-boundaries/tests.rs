// tests one age for each price but none of the ages where the price changes, so the mistakes at 12 and 65 slip through
use super::*;

#[test]
fn a_child_of_5_pays_5() {
    assert_eq!(ticket_price(5), 5);
}

#[test]
fn an_adult_of_30_pays_10() {
    assert_eq!(ticket_price(30), 10);
}

#[test]
fn someone_of_80_pays_the_senior_price() {
    assert_eq!(ticket_price(80), 7);
}
