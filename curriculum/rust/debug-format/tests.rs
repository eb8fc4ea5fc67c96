use super::*;

#[test]
fn describe_1_2_3_gives_3_numbers_then_the_list() {
    assert_eq!(describe(&[1, 2, 3]), "3 numbers: [1, 2, 3]");
}

#[test]
fn describe_an_empty_list_gives_0_numbers_and_empty_brackets() {
    assert_eq!(describe(&[]), "0 numbers: []");
}

#[test]
fn describe_5_and_minus_2_gives_2_numbers() {
    assert_eq!(describe(&[5, -2]), "2 numbers: [5, -2]");
}

#[test]
fn describe_four_numbers_counts_all_four() {
    assert_eq!(describe(&[10, 20, 30, 40]), "4 numbers: [10, 20, 30, 40]");
}

#[test]
fn describe_is_right_for_lists_of_every_length_from_0_to_12() {
    for count in 0..=12 {
        let numbers: Vec<i32> = (1..=count).map(|i| i * 7 - 30).collect();
        let shown: Vec<String> = numbers.iter().map(|n| n.to_string()).collect();
        let expected = format!("{} numbers: [{}]", count, shown.join(", "));
        assert_eq!(describe(&numbers), expected);
    }
}
