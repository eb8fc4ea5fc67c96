use super::*;

    #[test]
    fn noon_is_a_palindrome() {
        assert_eq!(is_palindrome("noon"), true);
    }

    #[test]
    fn hello_is_not_a_palindrome() {
        assert_eq!(is_palindrome("hello"), false);
    }
