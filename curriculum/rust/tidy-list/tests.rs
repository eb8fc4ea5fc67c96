use super::*;

#[test]
fn tea_milk_bread_is_tidied_into_three_items() {
    assert_eq!(tidy_list("tea, milk ,,bread "), vec!["tea", "milk", "bread"]);
}

#[test]
fn rice_and_beans_with_no_spaces_give_two_items() {
    assert_eq!(tidy_list("rice,beans"), vec!["rice", "beans"]);
}

#[test]
fn one_item_with_spaces_around_it_gives_that_item_trimmed() {
    assert_eq!(tidy_list("  eggs  "), vec!["eggs"]);
}

#[test]
fn spaces_inside_an_item_stay() {
    assert_eq!(tidy_list("olive oil, hot sauce"), vec!["olive oil", "hot sauce"]);
}

#[test]
fn empty_text_gives_an_empty_list() {
    assert_eq!(tidy_list(""), Vec::<String>::new());
}

#[test]
fn items_made_only_of_spaces_are_left_out() {
    assert_eq!(tidy_list(" , ,  "), Vec::<String>::new());
}

#[test]
fn tidy_list_is_right_for_lists_of_every_size_up_to_10_typed_messily() {
    let spaces = ["", " ", "  ", " ,", ", ", ",,"];
    for size in 0..=10 {
        let mut text = String::new();
        let mut expected: Vec<String> = Vec::new();
        for i in 0..size {
            let item = format!("item {}", i + 1);
            text = text + spaces[i % 6] + &item + spaces[(i + 1) % 6] + ",";
            expected.push(item);
        }
        assert_eq!(tidy_list(&text), expected, "tidy_list({:?})", text);
    }
}
