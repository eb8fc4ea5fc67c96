use super::*;

    #[test]
    fn sum_to_4_is_10() {
        assert_eq!(sum_to(4), 10);
    }

    #[test]
    fn sum_to_100_is_5050() {
        assert_eq!(sum_to(100), 5050);
    }

    #[test]
    fn sum_to_0_is_0() {
        assert_eq!(sum_to(0), 0);
    }
