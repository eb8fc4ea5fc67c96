use super::*;

    #[test]
    fn first_even_of_3_8_5_is_8() {
        assert_eq!(first_even(&[3, 8, 5]), Some(8));
    }

    #[test]
    fn no_even_number_gives_none() {
        assert_eq!(first_even(&[1, 3]), None);
    }

    #[test]
    fn forty_two_is_a_fine_age() {
        assert_eq!(parse_age("42"), Ok(42));
    }

    #[test]
    fn letters_are_not_a_number() {
        assert_eq!(parse_age("old"), Err(String::from("not a number")));
    }

    #[test]
    fn two_hundred_is_not_a_real_age() {
        assert_eq!(parse_age("200"), Err(String::from("not a real age")));
    }
