use super::*;

// `Rectangle` is the learner's own type: every value is bound with its type
// (`Rectangle`, `bool`), so the method called is the one the exercise asks
// for and the comparison is std's own.

#[test]
fn a_10_by_8_rectangle_is_wider_than_a_3_by_9_one() {
    let big: Rectangle = Rectangle { width: 10, height: 8 };
    let tall: Rectangle = Rectangle { width: 3, height: 9 };
    let wider: bool = big.is_wider_than(&tall);
    assert_eq!(wider, true);
}

#[test]
fn a_3_by_9_rectangle_is_not_wider_than_a_10_by_8_one() {
    let tall: Rectangle = Rectangle { width: 3, height: 9 };
    let big: Rectangle = Rectangle { width: 10, height: 8 };
    let wider: bool = tall.is_wider_than(&big);
    assert_eq!(wider, false);
}

#[test]
fn a_10_by_8_rectangle_is_not_wider_than_a_12_by_1_one() {
    let big: Rectangle = Rectangle { width: 10, height: 8 };
    let long: Rectangle = Rectangle { width: 12, height: 1 };
    let wider: bool = big.is_wider_than(&long);
    assert_eq!(wider, false);
}

#[test]
fn a_10_by_8_rectangle_is_not_wider_than_another_10_by_8_one() {
    let one: Rectangle = Rectangle { width: 10, height: 8 };
    let other: Rectangle = Rectangle { width: 10, height: 8 };
    let wider: bool = one.is_wider_than(&other);
    assert_eq!(wider, false);
}

#[test]
fn a_5_by_1_rectangle_is_wider_than_a_4_by_20_one_however_tall_that_is() {
    let flat: Rectangle = Rectangle { width: 5, height: 1 };
    let tower: Rectangle = Rectangle { width: 4, height: 20 };
    let wider: bool = flat.is_wider_than(&tower);
    assert_eq!(wider, true);
}

#[test]
fn the_answer_is_right_for_every_pair_of_rectangles_up_to_5_by_5() {
    for width in 1..=5 {
        for height in 1..=5 {
            for other_width in 1..=5 {
                for other_height in 1..=5 {
                    let this: Rectangle = Rectangle { width, height };
                    let other: Rectangle = Rectangle { width: other_width, height: other_height };
                    let wider: bool = this.is_wider_than(&other);
                    let expected: bool = width > other_width;
                    assert_eq!(
                        format!("a {} by {} rectangle is wider than a {} by {} one: {}", width, height, other_width, other_height, wider),
                        format!("a {} by {} rectangle is wider than a {} by {} one: {}", width, height, other_width, other_height, expected)
                    );
                }
            }
        }
    }
}
