use super::*;

#[test]
fn the_text_42_gives_the_number_42() {
    assert_eq!(parse_or_zero("42"), 42);
}

#[test]
fn the_text_minus_7_gives_minus_7() {
    assert_eq!(parse_or_zero("-7"), -7);
}

#[test]
fn spaces_around_15_are_ignored() {
    assert_eq!(parse_or_zero(" 15 "), 15);
}

#[test]
fn the_word_ten_is_not_a_number_so_it_gives_0() {
    assert_eq!(parse_or_zero("ten"), 0);
}

#[test]
fn empty_text_gives_0() {
    assert_eq!(parse_or_zero(""), 0);
}

#[test]
fn three_and_a_half_is_not_a_whole_number_so_it_gives_0() {
    assert_eq!(parse_or_zero("3.5"), 0);
}

#[test]
fn a_number_with_letters_after_it_gives_0() {
    assert_eq!(parse_or_zero("12abc"), 0);
}

#[test]
fn every_whole_number_from_minus_100_to_100_is_read_with_or_without_spaces() {
    for n in -100..=100 {
        let texts = [n.to_string(), format!(" {}", n), format!("{}  ", n), format!("  {} ", n)];
        for text in texts {
            assert_eq!(
                format!("parse_or_zero(\"{}\") is {}", text, parse_or_zero(&text)),
                format!("parse_or_zero(\"{}\") is {}", text, n)
            );
        }
    }
}

#[test]
fn a_number_with_words_or_a_point_after_it_gives_0() {
    for n in 1..=50 {
        for text in [format!("{} apples", n), format!("{}.5", n), format!("{}x", n)] {
            assert_eq!(
                format!("parse_or_zero(\"{}\") is {}", text, parse_or_zero(&text)),
                format!("parse_or_zero(\"{}\") is 0", text)
            );
        }
    }
}
