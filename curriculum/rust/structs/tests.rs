use super::*;

// `Rectangle` is the learner's own type: every value is bound with its type
// (`Rectangle`, `u32`, `bool`), so the method called is the one the
// exercise asks for and the comparison is std's own.

#[test]
fn area_of_10_by_8_is_80() {
    let r: Rectangle = Rectangle { width: 10, height: 8 };
    let area: u32 = r.area();
    assert_eq!(area, 80);
}

#[test]
fn area_of_3_by_5_is_15() {
    let r: Rectangle = Rectangle { width: 3, height: 5 };
    let area: u32 = r.area();
    assert_eq!(area, 15);
}

#[test]
fn area_of_1_by_1_is_1() {
    let r: Rectangle = Rectangle { width: 1, height: 1 };
    let area: u32 = r.area();
    assert_eq!(area, 1);
}

#[test]
fn a_10_by_8_rectangle_can_hold_a_3_by_2_one() {
    let big: Rectangle = Rectangle { width: 10, height: 8 };
    let small: Rectangle = Rectangle { width: 3, height: 2 };
    let holds: bool = big.can_hold(&small);
    assert_eq!(holds, true);
}

#[test]
fn a_3_by_2_rectangle_cannot_hold_a_10_by_8_one() {
    let small: Rectangle = Rectangle { width: 3, height: 2 };
    let big: Rectangle = Rectangle { width: 10, height: 8 };
    let holds: bool = small.can_hold(&big);
    assert_eq!(holds, false);
}

#[test]
fn a_10_by_8_rectangle_cannot_hold_a_3_by_9_one_which_is_too_tall() {
    let big: Rectangle = Rectangle { width: 10, height: 8 };
    let tall: Rectangle = Rectangle { width: 3, height: 9 };
    let holds: bool = big.can_hold(&tall);
    assert_eq!(holds, false);
}

#[test]
fn a_10_by_2_rectangle_cannot_hold_a_3_by_3_one_even_though_its_area_is_bigger() {
    let long: Rectangle = Rectangle { width: 10, height: 2 };
    let square: Rectangle = Rectangle { width: 3, height: 3 };
    let holds: bool = long.can_hold(&square);
    assert_eq!(holds, false);
}

#[test]
fn a_4_by_9_rectangle_cannot_hold_a_5_by_1_one_which_is_too_wide() {
    let narrow: Rectangle = Rectangle { width: 4, height: 9 };
    let wide: Rectangle = Rectangle { width: 5, height: 1 };
    let holds: bool = narrow.can_hold(&wide);
    assert_eq!(holds, false);
}

#[test]
fn a_5_by_5_rectangle_cannot_hold_another_5_by_5_one_of_the_same_size() {
    let one: Rectangle = Rectangle { width: 5, height: 5 };
    let other: Rectangle = Rectangle { width: 5, height: 5 };
    let holds: bool = one.can_hold(&other);
    assert_eq!(holds, false);
}

#[test]
fn a_6_by_6_rectangle_can_hold_a_5_by_5_one() {
    let bigger: Rectangle = Rectangle { width: 6, height: 6 };
    let smaller: Rectangle = Rectangle { width: 5, height: 5 };
    let holds: bool = bigger.can_hold(&smaller);
    assert_eq!(holds, true);
}

#[test]
fn area_is_right_for_every_rectangle_up_to_9_by_9() {
    for width in 1..=9 {
        for height in 1..=9 {
            let r: Rectangle = Rectangle { width, height };
            let area: u32 = r.area();
            let mut expected: u32 = 0;
            for _ in 0..height {
                expected += width;
            }
            assert_eq!(
                format!("a {} by {} rectangle has area {}", width, height, area),
                format!("a {} by {} rectangle has area {}", width, height, expected)
            );
        }
    }
}

#[test]
fn can_hold_is_right_for_every_pair_of_rectangles_up_to_5_by_5() {
    for width in 1..=5 {
        for height in 1..=5 {
            for other_width in 1..=5 {
                for other_height in 1..=5 {
                    let outer: Rectangle = Rectangle { width, height };
                    let inner: Rectangle = Rectangle { width: other_width, height: other_height };
                    let holds: bool = outer.can_hold(&inner);
                    let narrower: bool = other_width < width;
                    let shorter: bool = other_height < height;
                    let expected: bool = narrower && shorter;
                    assert_eq!(
                        format!("a {} by {} rectangle can hold a {} by {} one: {}", width, height, other_width, other_height, holds),
                        format!("a {} by {} rectangle can hold a {} by {} one: {}", width, height, other_width, other_height, expected)
                    );
                }
            }
        }
    }
}
