use super::*;

#[test]
fn fizzbuzz_of_3_is_fizz() {
    assert_eq!(fizzbuzz(3), "Fizz");
}

#[test]
fn fizzbuzz_of_9_is_fizz() {
    assert_eq!(fizzbuzz(9), "Fizz");
}

#[test]
fn fizzbuzz_of_5_is_buzz() {
    assert_eq!(fizzbuzz(5), "Buzz");
}

#[test]
fn fizzbuzz_of_20_is_buzz() {
    assert_eq!(fizzbuzz(20), "Buzz");
}

#[test]
fn fizzbuzz_of_15_is_fizzbuzz_because_it_divides_by_both() {
    assert_eq!(fizzbuzz(15), "FizzBuzz");
}

#[test]
fn fizzbuzz_of_30_is_fizzbuzz() {
    assert_eq!(fizzbuzz(30), "FizzBuzz");
}

#[test]
fn fizzbuzz_of_45_is_fizzbuzz() {
    assert_eq!(fizzbuzz(45), "FizzBuzz");
}

#[test]
fn fizzbuzz_of_7_is_just_the_number_7() {
    assert_eq!(fizzbuzz(7), "7");
}

#[test]
fn fizzbuzz_of_1_is_just_the_number_1() {
    assert_eq!(fizzbuzz(1), "1");
}

#[test]
fn fizzbuzz_of_22_is_just_the_number_22() {
    assert_eq!(fizzbuzz(22), "22");
}

#[test]
fn fizzbuzz_is_right_for_every_number_from_1_to_100() {
    // The words come round every 15 numbers; an empty word means the number itself.
    let round = ["FizzBuzz", "", "", "Fizz", "", "Buzz", "Fizz", "", "", "Fizz", "Buzz", "", "Fizz", "", ""];
    for n in 1..=100 {
        let word = round[(n % 15) as usize];
        let expected = if word.is_empty() { n.to_string() } else { word.to_string() };
        assert_eq!(format!("fizzbuzz({}) is {}", n, fizzbuzz(n)), format!("fizzbuzz({}) is {}", n, expected));
    }
}
