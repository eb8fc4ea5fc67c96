use super::*;

    #[test]
    fn the_appears_twice() {
        let counts = word_counts("the cat saw the dog");
        assert_eq!(counts.get("the"), Some(&2));
    }

    #[test]
    fn cat_appears_once() {
        let counts = word_counts("the cat saw the dog");
        assert_eq!(counts.get("cat"), Some(&1));
    }

    #[test]
    fn there_are_four_different_words() {
        assert_eq!(word_counts("the cat saw the dog").len(), 4);
    }
