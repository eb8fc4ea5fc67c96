use super::*;

    #[test]
    fn red_is_followed_by_green() {
        assert_eq!(next(&Light::Red), Light::Green);
    }

    #[test]
    fn green_is_followed_by_yellow() {
        assert_eq!(next(&Light::Green), Light::Yellow);
    }

    #[test]
    fn yellow_is_followed_by_red() {
        assert_eq!(next(&Light::Yellow), Light::Red);
    }

    #[test]
    fn red_shows_for_30_seconds() {
        assert_eq!(seconds(&Light::Red), 30);
    }

    #[test]
    fn yellow_shows_for_5_seconds() {
        assert_eq!(seconds(&Light::Yellow), 5);
    }
