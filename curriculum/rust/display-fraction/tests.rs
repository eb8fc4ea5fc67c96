use super::*;

// Each fraction is shown through std's format! and to_string, so the
// text compared is whatever the learner's Display wrote.

#[test]
fn three_over_four_shows_as_3_slash_4() {
    let fraction: Fraction = Fraction::new(3, 4);
    let text: String = format!("{}", fraction);
    assert_eq!(text, "3/4");
}

#[test]
fn one_over_two_shows_as_1_slash_2() {
    let fraction: Fraction = Fraction::new(1, 2);
    let text: String = format!("{}", fraction);
    assert_eq!(text, "1/2");
}

#[test]
fn five_over_one_shows_as_just_5() {
    let fraction: Fraction = Fraction::new(5, 1);
    let text: String = format!("{}", fraction);
    assert_eq!(text, "5");
}

#[test]
fn zero_over_one_shows_as_just_0() {
    let fraction: Fraction = Fraction::new(0, 1);
    let text: String = format!("{}", fraction);
    assert_eq!(text, "0");
}

#[test]
fn minus_two_over_three_shows_as_minus_2_slash_3() {
    let fraction: Fraction = Fraction::new(-2, 3);
    let text: String = format!("{}", fraction);
    assert_eq!(text, "-2/3");
}

#[test]
fn four_over_two_is_shown_as_it_is_without_simplifying() {
    let fraction: Fraction = Fraction::new(4, 2);
    let text: String = format!("{}", fraction);
    assert_eq!(text, "4/2");
}

#[test]
fn to_string_gives_the_same_text_as_display() {
    let fraction: Fraction = Fraction::new(7, 8);
    let text: String = fraction.to_string();
    assert_eq!(text, "7/8");
}

#[test]
fn every_fraction_with_a_top_from_minus_6_to_6_and_a_bottom_from_1_to_9_shows_as_it_is() {
    for top in -6..=6 {
        for bottom in 1..=9 {
            let fraction: Fraction = Fraction::new(top, bottom);
            let text: String = format!("{}", fraction);
            let expected: String = if bottom == 1 { top.to_string() } else { top.to_string() + "/" + &bottom.to_string() };
            assert_eq!(text, expected);
        }
    }
}
