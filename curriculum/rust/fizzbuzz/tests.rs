use super::*;

    #[test]
    fn three_is_fizz() {
        assert_eq!(fizzbuzz(3), "Fizz");
    }

    #[test]
    fn ten_is_buzz() {
        assert_eq!(fizzbuzz(10), "Buzz");
    }

    #[test]
    fn fifteen_is_fizzbuzz() {
        assert_eq!(fizzbuzz(15), "FizzBuzz");
    }

    #[test]
    fn seven_is_just_7() {
        assert_eq!(fizzbuzz(7), "7");
    }
