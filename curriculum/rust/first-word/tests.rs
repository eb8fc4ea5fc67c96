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
fn first_word_of_see_you_is_see() {
    assert_eq!(first_word("see you"), "see");
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
fn last_word_of_see_you_is_you_in_a_sentence_of_two_words() {
    assert_eq!(last_word("see you"), "you");
}

#[test]
fn last_word_of_we_will_meet_again_is_again_in_a_sentence_of_four_words() {
    assert_eq!(last_word("we will meet again"), "again");
}

#[test]
fn last_word_of_a_one_word_sentence_is_that_whole_word() {
    assert_eq!(last_word("hello"), "hello");
}

#[test]
fn last_word_of_an_empty_sentence_is_empty() {
    assert_eq!(last_word(""), "");
}

#[test]
fn first_word_and_last_word_are_right_for_sentences_of_1_to_8_words() {
    let words = ["we", "are", "going", "to", "the", "old", "market", "today"];
    for count in 1..=words.len() {
        for start in 0..=words.len() - count {
            let used = &words[start..start + count];
            let sentence = used.join(" ");
            assert_eq!(
                format!("the first word of \"{}\" is \"{}\"", sentence, first_word(&sentence)),
                format!("the first word of \"{}\" is \"{}\"", sentence, used[0])
            );
            assert_eq!(
                format!("the last word of \"{}\" is \"{}\"", sentence, last_word(&sentence)),
                format!("the last word of \"{}\" is \"{}\"", sentence, used[count - 1])
            );
        }
    }
}
