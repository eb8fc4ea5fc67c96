use super::*;

#[test]
fn banana_has_3_vowels() {
    assert_eq!(count_vowels("banana"), 3);
}

#[test]
fn open_door_has_4_vowels_counting_the_capital_o() {
    assert_eq!(count_vowels("Open Door"), 4);
}

#[test]
fn capital_aeiou_has_5_vowels() {
    assert_eq!(count_vowels("AEIOU"), 5);
}

#[test]
fn rhythm_has_no_vowels() {
    assert_eq!(count_vowels("rhythm"), 0);
}

#[test]
fn empty_text_has_no_vowels() {
    assert_eq!(count_vowels(""), 0);
}

#[test]
fn hello_world_has_3_vowels_and_the_comma_and_spaces_do_not_count() {
    assert_eq!(count_vowels("Hello, World!"), 3);
}

#[test]
fn count_vowels_is_right_for_every_single_letter_small_and_capital() {
    for letter in 'a'..='z' {
        let expected = if letter == 'a' || letter == 'e' || letter == 'i' || letter == 'o' || letter == 'u' { 1 } else { 0 };
        let capital = letter.to_ascii_uppercase();
        assert_eq!(format!("{} has {} vowels", letter, count_vowels(&letter.to_string())), format!("{} has {} vowels", letter, expected));
        assert_eq!(format!("{} has {} vowels", capital, count_vowels(&capital.to_string())), format!("{} has {} vowels", capital, expected));
    }
}

#[test]
fn two_sentences_one_small_and_one_in_capitals_have_19_vowels() {
    assert_eq!(count_vowels("The quick brown fox jumps over the lazy dog. PACK MY BOX WITH FIVE DOZEN JUGS"), 19);
}
