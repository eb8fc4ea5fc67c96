use super::*;

fn list(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

#[test]
fn tea_coffee_milk_is_3_words_and_the_longest_is_coffee() {
    assert_eq!(summary(list(&["tea", "coffee", "milk"])), "words: 3, longest: coffee");
}

#[test]
fn two_words_are_counted_as_2() {
    assert_eq!(summary(list(&["bread", "jam"])), "words: 2, longest: bread");
}

#[test]
fn five_words_are_counted_as_5_and_the_longest_can_come_last() {
    assert_eq!(summary(list(&["a", "bb", "ccc", "dd", "eeeeee"])), "words: 5, longest: eeeeee");
}

#[test]
fn one_word_is_counted_as_1_and_is_the_longest() {
    assert_eq!(summary(list(&["water"])), "words: 1, longest: water");
}

#[test]
fn summary_is_right_for_lists_of_every_size_from_1_to_9() {
    let all = ["goat", "ox", "sheep", "cow", "chicken", "pig", "donkey", "elephant", "hen"];
    for size in 1..=all.len() {
        let words = list(&all[..size]);
        let mut longest = "";
        for w in &all[..size] {
            if w.len() > longest.len() {
                longest = w;
            }
        }
        let expected = format!("words: {}, longest: {}", size, longest);
        assert_eq!(summary(words), expected);
    }
}
