use super::*;

#[test]
fn three_is_a_fine_quantity() {
    assert_eq!(parse_quantity("3"), Ok(3));
}

#[test]
fn one_is_the_smallest_fine_quantity() {
    assert_eq!(parse_quantity("1"), Ok(1));
}

#[test]
fn two_hundred_fifty_is_a_fine_quantity() {
    assert_eq!(parse_quantity("250"), Ok(250));
}

#[test]
fn abc_is_not_a_number() {
    assert_eq!(parse_quantity("abc"), Err(String::from("'abc' is not a number")));
}

#[test]
fn the_message_names_the_text_that_was_typed() {
    assert_eq!(parse_quantity("two"), Err(String::from("'two' is not a number")));
}

#[test]
fn empty_text_is_not_a_number() {
    assert_eq!(parse_quantity(""), Err(String::from("'' is not a number")));
}

#[test]
fn zero_is_refused_because_the_quantity_must_be_at_least_1() {
    assert_eq!(parse_quantity("0"), Err(String::from("the quantity must be at least 1")));
}

#[test]
fn every_quantity_from_1_to_300_is_fine() {
    for n in 1..=300 {
        let text = n.to_string();
        assert_eq!(
            format!("parse_quantity(\"{}\") is {:?}", text, parse_quantity(&text)),
            format!("parse_quantity(\"{}\") is {:?}", text, Ok::<u32, String>(n))
        );
    }
}

#[test]
fn every_message_names_the_text_that_was_typed_from_item_1_to_item_30() {
    for n in 1..=30 {
        let text = format!("item {}", n);
        let expected = String::from("'") + &text + "' is not a number";
        assert_eq!(parse_quantity(&text), Err(expected));
    }
}
