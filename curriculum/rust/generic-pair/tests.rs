use super::*;

// Pair is the learner's own type: every value is bound with its type, and
// swapped pairs are checked field by field with std's own ==.

#[test]
fn the_larger_of_3_and_8_is_8() {
    let pair: Pair<i32> = Pair { first: 3, second: 8 };
    let larger: i32 = pair.larger();
    assert_eq!(larger, 8);
}

#[test]
fn the_larger_of_9_and_2_is_9() {
    let pair: Pair<i32> = Pair { first: 9, second: 2 };
    let larger: i32 = pair.larger();
    assert_eq!(larger, 9);
}

#[test]
fn the_larger_of_the_letters_x_and_b_is_x() {
    let pair: Pair<char> = Pair { first: 'x', second: 'b' };
    let larger: char = pair.larger();
    assert_eq!(larger, 'x');
}

#[test]
fn the_larger_of_the_words_apple_and_pear_is_pear_later_in_the_alphabet() {
    let pair: Pair<&str> = Pair { first: "apple", second: "pear" };
    let larger: &str = pair.larger();
    assert_eq!(larger, "pear");
}

#[test]
fn the_pair_1_2_swapped_is_2_1() {
    let pair: Pair<i32> = Pair { first: 1, second: 2 };
    let turned: Pair<i32> = pair.swapped();
    let first: i32 = turned.first;
    let second: i32 = turned.second;
    assert_eq!(first, 2);
    assert_eq!(second, 1);
}

#[test]
fn the_letter_pair_a_z_swapped_is_z_a() {
    let pair: Pair<char> = Pair { first: 'a', second: 'z' };
    let turned: Pair<char> = pair.swapped();
    let first: char = turned.first;
    let second: char = turned.second;
    assert_eq!(first, 'z');
    assert_eq!(second, 'a');
}
