use super::*;

#[test]
fn ha_three_times_is_hahaha() {
    assert_eq!(repeat_word("ha", 3), "hahaha");
}

#[test]
fn go_two_times_is_gogo() {
    assert_eq!(repeat_word("go", 2), "gogo");
}

#[test]
fn one_time_gives_the_word_just_once() {
    assert_eq!(repeat_word("yes", 1), "yes");
}

#[test]
fn zero_times_gives_empty_text() {
    assert_eq!(repeat_word("go", 0), "");
}

#[test]
fn na_five_times_has_nothing_between_the_copies() {
    assert_eq!(repeat_word("na", 5), "nanananana");
}

#[test]
fn repeat_word_is_right_for_every_count_from_0_to_20() {
    for word in ["ab", "x", "la "] {
        let mut expected = String::new();
        for times in 0..=20 {
            assert_eq!(repeat_word(word, times), expected, "repeat_word({:?}, {})", word, times);
            expected = expected + word;
        }
    }
}
