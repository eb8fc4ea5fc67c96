use super::*;

#[test]
fn keep_above_8_from_5_12_8_20_gives_12_and_20() {
    assert_eq!(keep_above(&[5, 12, 8, 20], 8), vec![12, 20]);
}

#[test]
fn keep_above_0_keeps_every_positive_number_in_order() {
    assert_eq!(keep_above(&[3, 1, 2], 0), vec![3, 1, 2]);
}

#[test]
fn keep_above_3_from_1_2_3_keeps_nothing_because_3_is_not_above_3() {
    assert_eq!(keep_above(&[1, 2, 3], 3), Vec::<i32>::new());
}

#[test]
fn keep_above_minus_3_keeps_minus_2_and_4() {
    assert_eq!(keep_above(&[-5, -2, 4], -3), vec![-2, 4]);
}

#[test]
fn keep_above_from_an_empty_list_gives_an_empty_list() {
    assert_eq!(keep_above(&[], 10), Vec::<i32>::new());
}

#[test]
fn count_above_8_in_5_12_8_20_is_2() {
    assert_eq!(count_above(&[5, 12, 8, 20], 8), 2);
}

#[test]
fn count_above_8_in_9_9_9_is_3() {
    assert_eq!(count_above(&[9, 9, 9], 8), 3);
}

#[test]
fn count_above_10_in_4_10_11_is_1() {
    assert_eq!(count_above(&[4, 10, 11], 10), 1);
}

#[test]
fn keep_above_and_count_above_are_right_for_every_limit_from_minus_8_to_25() {
    let numbers = [5, -2, 12, 8, 0, 20, 8, -7, 3];
    for limit in -8..=25 {
        let mut expected: Vec<i32> = Vec::new();
        for n in numbers {
            if n > limit {
                expected.push(n);
            }
        }
        assert_eq!(
            format!("keep_above({:?}, {}) is {:?}", numbers, limit, keep_above(&numbers, limit)),
            format!("keep_above({:?}, {}) is {:?}", numbers, limit, expected)
        );
        assert_eq!(
            format!("count_above({:?}, {}) is {}", numbers, limit, count_above(&numbers, limit)),
            format!("count_above({:?}, {}) is {}", numbers, limit, expected.len())
        );
    }
}
