use super::*;

#[test]
fn countdown_from_3_is_3_2_1_0() {
    assert_eq!(countdown(3), vec![3, 2, 1, 0]);
}

#[test]
fn countdown_from_5_is_5_4_3_2_1_0() {
    assert_eq!(countdown(5), vec![5, 4, 3, 2, 1, 0]);
}

#[test]
fn countdown_from_1_is_1_then_0() {
    assert_eq!(countdown(1), vec![1, 0]);
}

#[test]
fn countdown_from_0_is_just_0() {
    assert_eq!(countdown(0), vec![0]);
}

#[test]
fn countdown_from_10_is_10_9_8_7_6_5_4_3_2_1_0() {
    assert_eq!(countdown(10), vec![10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
}

#[test]
fn countdown_is_right_from_every_start_from_0_to_30() {
    for from in 0..=30 {
        let mut expected: Vec<u32> = Vec::new();
        for i in 0..=from {
            expected.push(from - i);
        }
        assert_eq!(countdown(from), expected);
    }
}
