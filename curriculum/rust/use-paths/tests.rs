use super::*;

#[test]
fn a_price_of_1000_cents_with_tax_is_11_dollars_00() {
    assert_eq!(price_tag(1000), "$11.00");
}

#[test]
fn a_price_of_250_cents_with_tax_is_2_dollars_75() {
    assert_eq!(price_tag(250), "$2.75");
}

#[test]
fn a_price_of_999_cents_with_tax_is_10_dollars_98() {
    assert_eq!(price_tag(999), "$10.98");
}

#[test]
fn a_price_of_5_cents_has_no_tax_and_shows_as_0_dollars_05() {
    assert_eq!(price_tag(5), "$0.05");
}

#[test]
fn a_price_of_0_cents_shows_as_0_dollars_00() {
    assert_eq!(price_tag(0), "$0.00");
}

#[test]
fn price_tag_is_right_for_every_price_from_0_to_1500_cents() {
    for cents in 0..=1500 {
        let taxed = cents + cents / 10;
        let left = taxed % 100;
        let expected = if left < 10 {
            format!("${}.0{}", taxed / 100, left)
        } else {
            format!("${}.{}", taxed / 100, left)
        };
        assert_eq!(format!("price_tag({}) is {}", cents, price_tag(cents)), format!("price_tag({}) is {}", cents, expected));
    }
}
