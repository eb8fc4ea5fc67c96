use super::*;

    #[test]
    fn countdown_from_3() {
        assert_eq!(countdown(3), vec![3, 2, 1, 0]);
    }

    #[test]
    fn countdown_from_0_is_just_0() {
        assert_eq!(countdown(0), vec![0]);
    }
