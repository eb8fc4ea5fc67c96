// calls ticket_price in each test but never checks what it gives back
use super::*;

#[test]
fn a_child_of_5_pays_5() {
    ticket_price(5);
}

#[test]
fn an_adult_of_30_pays_10() {
    ticket_price(30);
}

#[test]
fn someone_of_80_pays_the_senior_price() {
    ticket_price(80);
}
