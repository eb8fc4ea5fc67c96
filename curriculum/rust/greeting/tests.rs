use super::*;

    #[test]
    fn greeting_for_ana_is_hello_ana() {
        assert_eq!(greeting("Ana"), "Hello, Ana!");
    }

    #[test]
    fn greeting_works_for_any_name() {
        assert_eq!(greeting("Marcus"), "Hello, Marcus!");
    }
