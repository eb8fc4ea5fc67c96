use super::*;

// `Light` is the learner's own type, so its `==` is theirs too: these tests
// compare with `matches!`, a pattern, which no `impl PartialEq` can change.

    #[test]
    fn red_is_followed_by_green() {
        let after = next(&Light::Red);
        assert!(matches!(after, Light::Green), "after Red should come Green, but got {:?}", after);
    }

    #[test]
    fn green_is_followed_by_yellow() {
        let after = next(&Light::Green);
        assert!(matches!(after, Light::Yellow), "after Green should come Yellow, but got {:?}", after);
    }

    #[test]
    fn yellow_is_followed_by_red() {
        let after = next(&Light::Yellow);
        assert!(matches!(after, Light::Red), "after Yellow should come Red, but got {:?}", after);
    }

    #[test]
    fn red_shows_for_30_seconds() {
        assert_eq!(seconds(&Light::Red), 30);
    }

    #[test]
    fn yellow_shows_for_5_seconds() {
        assert_eq!(seconds(&Light::Yellow), 5);
    }
