use super::*;

#[test]
fn tea_and_milk_have_7_letters_in_all() {
    assert_eq!(total_letters(&["tea", "milk"]), 7);
}

#[test]
fn a_bb_ccc_have_6_letters_in_all() {
    assert_eq!(total_letters(&["a", "bb", "ccc"]), 6);
}

#[test]
fn one_word_banana_has_6_letters() {
    assert_eq!(total_letters(&["banana"]), 6);
}

#[test]
fn no_words_have_0_letters() {
    assert_eq!(total_letters(&[]), 0);
}

#[test]
fn two_of_bat_cab_bee_start_with_b_because_cab_only_has_a_b_inside() {
    assert_eq!(count_starting(&["bat", "cab", "bee"], 'b'), 2);
}

#[test]
fn three_of_apple_avocado_banana_apricot_start_with_a() {
    assert_eq!(count_starting(&["apple", "avocado", "banana", "apricot"], 'a'), 3);
}

#[test]
fn no_word_starting_with_x_gives_0() {
    assert_eq!(count_starting(&["dog", "fox"], 'x'), 0);
}

#[test]
fn counting_in_no_words_gives_0() {
    assert_eq!(count_starting(&[], 'a'), 0);
}

#[test]
fn total_letters_is_right_for_lists_of_every_size_up_to_9() {
    let all = ["a", "bb", "cat", "dove", "eagle", "falcon", "gorilla", "hedgehog", "iguanodon"];
    for size in 0..=all.len() {
        // Word number i has i + 1 letters, so the total is 1 + 2 + ... + size.
        let expected = size * (size + 1) / 2;
        assert_eq!(
            format!("{:?} has {} letters in all", &all[..size], total_letters(&all[..size])),
            format!("{:?} has {} letters in all", &all[..size], expected)
        );
    }
}

#[test]
fn count_starting_is_right_for_every_letter_from_a_to_z() {
    let words = ["bat", "cab", "bee", "apple", "tab", "boat", "cub", "art", "zebra", "bib"];
    for letter in 'a'..='z' {
        let mut expected = 0;
        for w in words {
            if w.chars().next() == Some(letter) {
                expected += 1;
            }
        }
        assert_eq!(
            format!("words starting with {}: {}", letter, count_starting(&words, letter)),
            format!("words starting with {}: {}", letter, expected)
        );
    }
}
