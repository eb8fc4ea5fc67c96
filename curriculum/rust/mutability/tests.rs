use super::*;

#[test]
fn sum_to_4_is_10_because_1_plus_2_plus_3_plus_4_is_10() {
    assert_eq!(sum_to(4), 10);
}

#[test]
fn sum_to_1_is_1() {
    assert_eq!(sum_to(1), 1);
}

#[test]
fn sum_to_5_is_15() {
    assert_eq!(sum_to(5), 15);
}

#[test]
fn sum_to_100_is_5050() {
    assert_eq!(sum_to(100), 5050);
}

#[test]
fn sum_to_0_is_0_because_there_is_nothing_to_add() {
    assert_eq!(sum_to(0), 0);
}

#[test]
fn sum_to_is_right_for_every_n_from_0_to_50() {
    let mut expected = 0;
    for n in 0..=50 {
        expected += n;
        assert_eq!(format!("sum_to({}) is {}", n, sum_to(n)), format!("sum_to({}) is {}", n, expected));
    }
}
