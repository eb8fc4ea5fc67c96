use super::*;

// Every value is bound with its type (`Rectangle`, `u32`, `bool`), so the
// method called is the one the exercise asks for and the comparison is
// std's own.

    #[test]
    fn area_of_10_by_8_is_80() {
        let r: Rectangle = Rectangle { width: 10, height: 8 };
        let area: u32 = r.area();
        assert_eq!(area, 80);
    }

    #[test]
    fn a_big_rectangle_holds_a_small_one() {
        let big: Rectangle = Rectangle { width: 10, height: 8 };
        let small: Rectangle = Rectangle { width: 3, height: 2 };
        let holds: bool = big.can_hold(&small);
        assert_eq!(holds, true);
    }

    #[test]
    fn a_small_rectangle_cannot_hold_a_big_one() {
        let small: Rectangle = Rectangle { width: 3, height: 2 };
        let big: Rectangle = Rectangle { width: 10, height: 8 };
        let holds: bool = small.can_hold(&big);
        assert_eq!(holds, false);
    }
