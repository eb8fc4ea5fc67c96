use super::*;

#[test]
fn tea_milk_bread_are_numbered_1_2_3() {
    assert_eq!(numbered(&["tea", "milk", "bread"]), vec!["1. tea", "2. milk", "3. bread"]);
}

#[test]
fn a_list_of_one_item_starts_at_1() {
    assert_eq!(numbered(&["soap"]), vec!["1. soap"]);
}

#[test]
fn items_with_spaces_keep_them_after_the_number() {
    assert_eq!(numbered(&["hot sauce", "rice"]), vec!["1. hot sauce", "2. rice"]);
}

#[test]
fn the_tenth_of_ten_items_is_number_10() {
    let lines: Vec<String> = numbered(&["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
    assert_eq!(lines.len(), 10);
    assert_eq!(lines[9], "10. j");
}

#[test]
fn every_line_is_numbered_right_in_lists_of_every_size_up_to_12() {
    let all = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    for size in 0..=all.len() {
        let lines: Vec<String> = numbered(&all[..size]);
        let mut expected: Vec<String> = Vec::new();
        let mut number = 0;
        for item in &all[..size] {
            number += 1;
            expected.push(number.to_string() + ". " + item);
        }
        assert_eq!(lines, expected);
    }
}

#[test]
fn no_items_give_an_empty_list() {
    assert_eq!(numbered(&[]), Vec::<String>::new());
}
