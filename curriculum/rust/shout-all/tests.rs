use super::*;

#[test]
fn hi_and_stop_become_hi_and_stop_in_capitals_with_exclamation_marks() {
    assert_eq!(shout_all(&["hi", "stop"]), vec!["HI!", "STOP!"]);
}

#[test]
fn one_word_gives_a_list_of_one() {
    assert_eq!(shout_all(&["go"]), vec!["GO!"]);
}

#[test]
fn three_words_stay_in_their_order() {
    assert_eq!(shout_all(&["one", "two", "three"]), vec!["ONE!", "TWO!", "THREE!"]);
}

#[test]
fn a_word_with_some_capitals_gets_all_capitals() {
    assert_eq!(shout_all(&["Rust", "OK"]), vec!["RUST!", "OK!"]);
}

#[test]
fn no_words_give_an_empty_list() {
    assert_eq!(shout_all(&[]), Vec::<String>::new());
}

#[test]
fn shout_all_is_right_for_lists_of_every_size_up_to_10() {
    let small = ["wait", "for", "me", "at", "the", "red", "door", "by", "ten", "ok"];
    let loud = ["WAIT!", "FOR!", "ME!", "AT!", "THE!", "RED!", "DOOR!", "BY!", "TEN!", "OK!"];
    for size in 0..=small.len() {
        for start in 0..=small.len() - size {
            let words = &small[start..start + size];
            let expected: Vec<String> = loud[start..start + size].iter().map(|w| w.to_string()).collect();
            assert_eq!(shout_all(words), expected);
        }
    }
}
