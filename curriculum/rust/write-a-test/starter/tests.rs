use super::*;

#[test]
fn an_adult_of_30_pays_10() {
    assert_eq!(ticket_price(30), 10);
}

// Your tests here: one for each price, and for the ages where the price changes.
