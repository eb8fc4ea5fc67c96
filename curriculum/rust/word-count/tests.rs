use super::*;

#[test]
fn in_the_cat_saw_the_dog_the_appears_twice() {
    let counts = word_counts("the cat saw the dog");
    assert_eq!(counts.get("the"), Some(&2));
}

#[test]
fn in_the_cat_saw_the_dog_cat_appears_once() {
    let counts = word_counts("the cat saw the dog");
    assert_eq!(counts.get("cat"), Some(&1));
}

#[test]
fn the_cat_saw_the_dog_has_four_different_words() {
    let counts = word_counts("the cat saw the dog");
    assert_eq!(counts.len(), 4);
}

#[test]
fn in_a_b_a_b_a_a_appears_3_times_and_b_twice() {
    let counts = word_counts("a b a b a");
    assert_eq!(counts.get("a"), Some(&3));
    assert_eq!(counts.get("b"), Some(&2));
    assert_eq!(counts.len(), 2);
}

#[test]
fn a_word_that_is_not_in_the_text_has_no_count() {
    let counts = word_counts("red green red");
    assert_eq!(counts.get("blue"), None);
}

#[test]
fn extra_spaces_between_words_do_not_count_as_words() {
    let counts = word_counts("hi   there  hi");
    assert_eq!(counts.get("hi"), Some(&2));
    assert_eq!(counts.get("there"), Some(&1));
    assert_eq!(counts.len(), 2);
}

#[test]
fn an_empty_text_has_no_words_at_all() {
    let counts = word_counts("");
    assert_eq!(counts.len(), 0);
}

#[test]
fn every_word_is_counted_right_in_texts_of_up_to_8_different_words() {
    let names = ["one", "two", "three", "four", "five", "six", "seven", "eight"];
    for kinds in 1..=names.len() {
        // The word names[i] is written i + 1 times, mixed in with the others.
        let mut text = String::new();
        for round in 0..kinds {
            for (i, name) in names[..kinds].iter().enumerate() {
                if round <= i {
                    text = text + name + if (round + i) % 2 == 0 { " " } else { "   " };
                }
            }
        }
        let counts = word_counts(&text);
        for (i, name) in names[..kinds].iter().enumerate() {
            let counted: u32 = counts.get(*name).copied().unwrap_or(0);
            assert_eq!(
                format!("{} is counted {} times in '{}'", name, counted, text),
                format!("{} is counted {} times in '{}'", name, i + 1, text)
            );
        }
        assert_eq!(
            format!("'{}' has {} different words", text, counts.len()),
            format!("'{}' has {} different words", text, kinds)
        );
    }
}
