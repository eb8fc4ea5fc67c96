use super::*;

#[test]
fn first_word_of_good_morning_everyone_is_good() {
    assert_eq!(first_word("good morning everyone"), "good");
}

#[test]
fn first_word_of_i_am_ready_is_i_everything_before_the_first_space() {
    assert_eq!(first_word("I am ready"), "I");
}

#[test]
fn first_word_of_a_one_word_sentence_is_that_whole_word() {
    assert_eq!(first_word("hello"), "hello");
}

#[test]
fn first_word_of_an_empty_sentence_is_empty() {
    assert_eq!(first_word(""), "");
}

#[test]
fn last_word_of_good_morning_everyone_is_everyone() {
    assert_eq!(last_word("good morning everyone"), "everyone");
}

#[test]
fn last_word_of_i_am_ready_is_ready_without_the_space_before_it() {
    assert_eq!(last_word("I am ready"), "ready");
}

#[test]
fn last_word_of_a_one_word_sentence_is_that_whole_word() {
    assert_eq!(last_word("hello"), "hello");
}

#[test]
fn last_word_of_an_empty_sentence_is_empty() {
    assert_eq!(last_word(""), "");
}
