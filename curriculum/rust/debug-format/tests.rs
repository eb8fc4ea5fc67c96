use super::*;

    #[test]
    fn three_numbers_are_described() {
        assert_eq!(describe(&[1, 2, 3]), "3 numbers: [1, 2, 3]");
    }

    #[test]
    fn an_empty_list_is_described() {
        assert_eq!(describe(&[]), "0 numbers: []");
    }
