use super::*;

#[test]
fn four_hundred_fifty_cents_is_4_dollars_50() {
    assert_eq!(price(450), "$4.50");
}

#[test]
fn five_cents_is_0_dollars_05_with_a_zero_in_front_of_the_5() {
    assert_eq!(price(5), "$0.05");
}

#[test]
fn twelve_hundred_cents_is_12_dollars_00() {
    assert_eq!(price(1200), "$12.00");
}

#[test]
fn zero_cents_is_0_dollars_00() {
    assert_eq!(price(0), "$0.00");
}

#[test]
fn ninety_nine_cents_is_0_dollars_99() {
    assert_eq!(price(99), "$0.99");
}

#[test]
fn one_hundred_one_cents_is_1_dollar_01() {
    assert_eq!(price(101), "$1.01");
}

#[test]
fn a_big_price_keeps_every_dollar_digit() {
    assert_eq!(price(123456), "$1234.56");
}

#[test]
fn price_is_right_for_every_amount_from_0_to_2500_cents() {
    let digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    for cents in 0..=2500 {
        let dollars = cents / 100;
        let left = cents % 100;
        let expected = format!("${}.{}{}", dollars, digits[(left / 10) as usize], digits[(left % 10) as usize]);
        assert_eq!(format!("price({}) is {}", cents, price(cents)), format!("price({}) is {}", cents, expected));
    }
}
