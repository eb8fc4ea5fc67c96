use super::*;

    #[test]
    fn area_of_10_by_8_is_80() {
        assert_eq!(Rectangle { width: 10, height: 8 }.area(), 80);
    }

    #[test]
    fn a_big_rectangle_holds_a_small_one() {
        let big = Rectangle { width: 10, height: 8 };
        assert_eq!(big.can_hold(&Rectangle { width: 3, height: 2 }), true);
    }

    #[test]
    fn a_small_rectangle_cannot_hold_a_big_one() {
        let small = Rectangle { width: 3, height: 2 };
        assert_eq!(small.can_hold(&Rectangle { width: 10, height: 8 }), false);
    }
