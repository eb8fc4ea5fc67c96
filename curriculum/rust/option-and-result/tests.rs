use super::*;

#[test]
fn first_even_of_3_8_5_is_some_8() {
    assert_eq!(first_even(&[3, 8, 5]), Some(8));
}

#[test]
fn first_even_of_7_6_4_is_some_6_the_first_one_not_the_last() {
    assert_eq!(first_even(&[7, 6, 4]), Some(6));
}

#[test]
fn first_even_of_2_alone_is_some_2() {
    assert_eq!(first_even(&[2]), Some(2));
}

#[test]
fn first_even_of_minus_3_minus_4_is_some_minus_4_because_negative_numbers_count_too() {
    assert_eq!(first_even(&[-3, -4]), Some(-4));
}

#[test]
fn first_even_of_1_3_with_no_even_number_is_none() {
    assert_eq!(first_even(&[1, 3]), None);
}

#[test]
fn first_even_of_an_empty_list_is_none() {
    assert_eq!(first_even(&[]), None);
}

#[test]
fn parse_age_of_42_is_ok_42() {
    assert_eq!(parse_age("42"), Ok(42));
}

#[test]
fn parse_age_of_7_is_ok_7() {
    assert_eq!(parse_age("7"), Ok(7));
}

#[test]
fn parse_age_of_0_is_ok_0_a_newborn() {
    assert_eq!(parse_age("0"), Ok(0));
}

#[test]
fn parse_age_of_130_is_ok_130_the_oldest_allowed() {
    assert_eq!(parse_age("130"), Ok(130));
}

#[test]
fn parse_age_of_131_is_not_a_real_age() {
    assert_eq!(parse_age("131"), Err(String::from("not a real age")));
}

#[test]
fn parse_age_of_200_is_not_a_real_age() {
    assert_eq!(parse_age("200"), Err(String::from("not a real age")));
}

#[test]
fn parse_age_of_old_is_not_a_number() {
    assert_eq!(parse_age("old"), Err(String::from("not a number")));
}

#[test]
fn parse_age_of_empty_text_is_not_a_number() {
    assert_eq!(parse_age(""), Err(String::from("not a number")));
}

#[test]
fn first_even_finds_the_first_even_number_wherever_it_is_in_the_list() {
    for size in 0..=10 {
        for at in 0..=size {
            // Odd numbers everywhere, then one even number at position at (none when at is size),
            // with more even numbers after it.
            let mut numbers: Vec<i32> = (0..size).map(|i| i as i32 * 4 - 11).collect();
            let mut expected: Option<i32> = None;
            if at < size {
                numbers[at] = at as i32 * 2 - 6;
                expected = Some(at as i32 * 2 - 6);
                for later in at + 1..size {
                    numbers[later] = 100 + later as i32 * 2;
                }
            }
            assert_eq!(
                format!("first_even({:?}) is {:?}", numbers, first_even(&numbers)),
                format!("first_even({:?}) is {:?}", numbers, expected)
            );
        }
    }
}

#[test]
fn parse_age_is_right_for_every_whole_number_from_0_to_300() {
    for age in 0..=300 {
        let text = age.to_string();
        let expected: Result<u32, String> = if age <= 130 { Ok(age) } else { Err(String::from("not a real age")) };
        assert_eq!(
            format!("parse_age(\"{}\") is {:?}", text, parse_age(&text)),
            format!("parse_age(\"{}\") is {:?}", text, expected)
        );
    }
}

#[test]
fn parse_age_says_not_a_number_for_any_text_that_is_not_a_whole_number() {
    for text in ["forty", "4 2", "12a", "1.5", "-", "x9", "sixty six", "?"] {
        assert_eq!(
            format!("parse_age(\"{}\") is {:?}", text, parse_age(text)),
            format!("parse_age(\"{}\") is {:?}", text, Err::<u32, String>(String::from("not a number")))
        );
    }
}
