use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn total_length_adds_every_word() {
        assert_eq!(total_length(&words(&["tea", "coffee"])), 9);
    }

    #[test]
    fn longest_finds_coffee() {
        assert_eq!(longest(&words(&["tea", "coffee", "milk"])), "coffee");
    }

    #[test]
    fn longest_of_nothing_is_empty() {
        assert_eq!(longest(&[]), "");
    }
