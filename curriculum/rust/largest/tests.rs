use super::*;

#[test]
fn the_largest_of_3_9_2_is_9() {
    assert_eq!(largest(&[3, 9, 2]), 9);
}

#[test]
fn the_largest_of_10_4_7_is_10_even_though_it_comes_first() {
    assert_eq!(largest(&[10, 4, 7]), 10);
}

#[test]
fn the_largest_of_minus_5_minus_1_minus_8_is_minus_1() {
    assert_eq!(largest(&[-5, -1, -8]), -1);
}

#[test]
fn the_largest_of_a_list_of_one_is_that_item() {
    assert_eq!(largest(&[42]), 42);
}

#[test]
fn largest_itself_works_on_letters_too() {
    assert_eq!(largest_of_letters(&['c', 'x', 'a']), 'x');
    assert_eq!(largest_of_letters(&['q']), 'q');
}

#[test]
fn the_latest_letter_of_hello_is_o() {
    assert_eq!(latest_letter("hello"), 'o');
}

#[test]
fn the_latest_letter_of_rust_is_u() {
    assert_eq!(latest_letter("rust"), 'u');
}

#[test]
fn the_latest_letter_of_zebra_is_z_even_though_it_comes_first() {
    assert_eq!(latest_letter("zebra"), 'z');
}

#[test]
fn largest_finds_the_biggest_wherever_it_is_in_lists_of_1_to_12_numbers() {
    for size in 1..=12 {
        for at in 0..size {
            let mut numbers: Vec<i32> = (0..size).map(|i| (i as i32 * 7) % 11 - 20).collect();
            numbers[at] = 50;
            assert_eq!(format!("largest({:?}) is {}", numbers, largest(&numbers)), format!("largest({:?}) is 50", numbers));
        }
    }
}

#[test]
fn the_latest_letter_is_found_wherever_it_is_in_the_word() {
    let alphabet: Vec<char> = ('a'..='z').collect();
    for n in 0..40 {
        // Five letters picked from the alphabet in a different order each time.
        let word: String = (0..5).map(|i| alphabet[(n * 7 + i * 11) % 26]).collect();
        let word = word.as_str();
        let mut latest = 'a';
        for c in word.chars() {
            if c > latest {
                latest = c;
            }
        }
        assert_eq!(format!("the latest letter of {} is {}", word, latest_letter(word)), format!("the latest letter of {} is {}", word, latest));
    }
}
