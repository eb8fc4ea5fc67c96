use super::*;

#[test]
fn the_first_square_above_20_is_5_squared() {
    assert_eq!(first_square_above(20), 5);
}

#[test]
fn the_first_square_above_16_is_5_squared_because_16_is_not_above_16() {
    assert_eq!(first_square_above(16), 5);
}

#[test]
fn the_first_square_above_15_is_4_squared() {
    assert_eq!(first_square_above(15), 4);
}

#[test]
fn the_first_square_above_0_is_1_squared() {
    assert_eq!(first_square_above(0), 1);
}

#[test]
fn the_first_square_above_1_is_2_squared() {
    assert_eq!(first_square_above(1), 2);
}

#[test]
fn the_first_square_above_99_is_10_squared() {
    assert_eq!(first_square_above(99), 10);
}

#[test]
fn the_first_square_above_100_is_11_squared() {
    assert_eq!(first_square_above(100), 11);
}

#[test]
fn first_square_above_is_right_for_every_limit_from_0_to_200() {
    for limit in 0..=200 {
        // The answer is the n whose square is above limit while the square of n - 1 is not.
        let mut expected = 1;
        while expected * expected <= limit {
            expected += 1;
        }
        assert_eq!(
            format!("first_square_above({}) is {}", limit, first_square_above(limit)),
            format!("first_square_above({}) is {}", limit, expected)
        );
    }
}
