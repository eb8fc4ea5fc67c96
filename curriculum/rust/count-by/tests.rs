use super::*;

#[test]
fn counting_by_5_up_to_20_gives_5_10_15_20() {
    assert_eq!(count_by(5, 20), vec![5, 10, 15, 20]);
}

#[test]
fn counting_by_3_up_to_10_stops_at_9() {
    assert_eq!(count_by(3, 10), vec![3, 6, 9]);
}

#[test]
fn counting_by_1_up_to_5_gives_every_number_from_1() {
    assert_eq!(count_by(1, 5), vec![1, 2, 3, 4, 5]);
}

#[test]
fn counting_by_4_up_to_3_gives_an_empty_list() {
    assert_eq!(count_by(4, 3), Vec::<u32>::new());
}

#[test]
fn counting_by_10_up_to_95_gives_9_numbers_from_10_to_90() {
    let numbers: Vec<u32> = count_by(10, 95);
    assert_eq!(numbers.len(), 9);
    assert_eq!(numbers[0], 10);
    assert_eq!(numbers[8], 90);
}

#[test]
fn count_by_is_right_for_every_step_from_1_to_6_and_limit_from_0_to_30() {
    for step in 1..=6 {
        for limit in 0..=30 {
            let mut expected: Vec<u32> = Vec::new();
            let mut n = step;
            while n <= limit {
                expected.push(n);
                n += step;
            }
            assert_eq!(
                format!("count_by({}, {}) is {:?}", step, limit, count_by(step, limit)),
                format!("count_by({}, {}) is {:?}", step, limit, expected)
            );
        }
    }
}
