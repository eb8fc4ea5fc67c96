use super::*;

#[test]
fn prices_3_4_5_with_a_discount_of_2_cost_10() {
    assert_eq!(total_price(&[3, 4, 5], 2), 10);
}

#[test]
fn prices_20_and_30_with_a_discount_of_5_cost_45() {
    assert_eq!(total_price(&[20, 30], 5), 45);
}

#[test]
fn one_price_of_10_with_no_discount_costs_10() {
    assert_eq!(total_price(&[10], 0), 10);
}

#[test]
fn a_discount_as_big_as_the_total_makes_it_free() {
    assert_eq!(total_price(&[6, 4], 10), 0);
}

#[test]
fn total_price_is_right_for_every_list_of_1_to_10_prices_and_every_discount_up_to_3() {
    for size in 1..=10 {
        let prices: Vec<u32> = (1..=size).map(|i| i * 3).collect();
        let sum: u32 = prices.iter().sum();
        for discount in 0..=3 {
            assert_eq!(
                format!("total_price({:?}, {}) is {}", prices, discount, total_price(&prices, discount)),
                format!("total_price({:?}, {}) is {}", prices, discount, sum - discount)
            );
        }
    }
}
