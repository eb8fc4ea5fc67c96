use super::*;

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| w.to_string()).collect()
}

#[test]
fn total_length_of_tea_and_coffee_is_9() {
    assert_eq!(total_length(&words(&["tea", "coffee"])), 9);
}

#[test]
fn total_length_of_a_bb_ccc_is_6() {
    assert_eq!(total_length(&words(&["a", "bb", "ccc"])), 6);
}

#[test]
fn total_length_of_no_words_is_0() {
    assert_eq!(total_length(&[]), 0);
}

#[test]
fn longest_of_tea_coffee_milk_is_coffee() {
    assert_eq!(longest(&words(&["tea", "coffee", "milk"])), "coffee");
}

#[test]
fn longest_of_banana_and_fig_is_banana_the_first_word() {
    assert_eq!(longest(&words(&["banana", "fig"])), "banana");
}

#[test]
fn longest_of_sun_and_moon_is_moon_the_last_word() {
    assert_eq!(longest(&words(&["sun", "moon"])), "moon");
}

#[test]
fn longest_of_cat_and_dog_is_cat_because_the_first_of_equal_words_wins() {
    assert_eq!(longest(&words(&["cat", "dog"])), "cat");
}

#[test]
fn longest_of_no_words_is_empty() {
    assert_eq!(longest(&[]), "");
}

#[test]
fn the_words_are_still_there_after_both_functions_borrowed_them() {
    let list = words(&["tea", "coffee"]);
    let total: usize = total_length(&list);
    let best: String = longest(&list);
    assert_eq!(total, 9);
    assert_eq!(best, "coffee");
    assert_eq!(list, words(&["tea", "coffee"]));
}

#[test]
fn total_length_and_longest_are_right_for_lists_of_every_size_up_to_12() {
    // Word i is a letter followed by some dots, so every word is different
    // and several have the same length.
    let letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];
    for size in 0..=12 {
        let list: Vec<String> = (0..size).map(|i| format!("{}{}", letters[i], ".".repeat((i * 5) % 7))).collect();
        let mut total = 0;
        let mut best = String::new();
        for w in &list {
            total += w.len();
            if w.len() > best.len() {
                best = w.clone();
            }
        }
        assert_eq!(format!("total_length({:?}) is {}", list, total_length(&list)), format!("total_length({:?}) is {}", list, total));
        assert_eq!(format!("longest({:?}) is {:?}", list, longest(&list)), format!("longest({:?}) is {:?}", list, best));
    }
}
