use super::*;
use std::num::ParseIntError;

#[test]
fn adding_the_texts_2_and_3_gives_ok_5() {
    assert_eq!(add_texts("2", "3"), Ok(5));
}

#[test]
fn adding_the_texts_minus_4_and_10_gives_ok_6() {
    assert_eq!(add_texts("-4", "10"), Ok(6));
}

#[test]
fn adding_the_texts_0_and_0_gives_ok_0() {
    assert_eq!(add_texts("0", "0"), Ok(0));
}

#[test]
fn a_second_text_that_is_not_a_number_gives_an_err() {
    let result: Result<i32, ParseIntError> = add_texts("2", "x");
    assert!(result.is_err(), "\"x\" is not a number, so add_texts(\"2\", \"x\") should give an Err, but it gave {:?}", result);
}

#[test]
fn a_first_text_that_is_not_a_number_gives_an_err() {
    let result: Result<i32, ParseIntError> = add_texts("y", "3");
    assert!(result.is_err(), "\"y\" is not a number, so add_texts(\"y\", \"3\") should give an Err, but it gave {:?}", result);
}

#[test]
fn two_empty_texts_give_an_err() {
    let result: Result<i32, ParseIntError> = add_texts("", "");
    assert!(result.is_err(), "empty text is not a number, so add_texts(\"\", \"\") should give an Err, but it gave {:?}", result);
}

#[test]
fn adding_is_right_for_every_pair_of_numbers_from_minus_12_to_12() {
    for x in -12..=12 {
        for y in -12..=12 {
            let result: Result<i32, ParseIntError> = add_texts(&x.to_string(), &y.to_string());
            assert_eq!(
                format!("add_texts(\"{}\", \"{}\") is {:?}", x, y, result),
                format!("add_texts(\"{}\", \"{}\") is Ok({})", x, y, x + y)
            );
        }
    }
}

#[test]
fn when_both_texts_are_bad_the_err_is_the_one_from_the_first_text_y() {
    let result: Result<i32, ParseIntError> = add_texts("y", "");
    let from_y: ParseIntError = "y".parse::<i32>().unwrap_err();
    match result {
        Ok(n) => panic!("\"y\" is not a number, so add_texts(\"y\", \"\") should give an Err, but it gave Ok({})", n),
        Err(problem) => assert_eq!(problem.to_string(), from_y.to_string()),
    }
}

#[test]
fn when_both_texts_are_bad_the_err_is_the_one_from_the_first_text_the_empty_one() {
    let result: Result<i32, ParseIntError> = add_texts("", "y");
    let from_empty: ParseIntError = "".parse::<i32>().unwrap_err();
    match result {
        Ok(n) => panic!("empty text is not a number, so add_texts(\"\", \"y\") should give an Err, but it gave Ok({})", n),
        Err(problem) => assert_eq!(problem.to_string(), from_empty.to_string()),
    }
}
