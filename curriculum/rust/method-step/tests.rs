use super::*;

// `Rectangle` is the learner's own type: every value is bound with its type
// (`Rectangle`, `u32`), so the method called is the one the exercise asks
// for and the comparison is std's own.

#[test]
fn the_perimeter_of_a_10_by_8_rectangle_is_36() {
    let r: Rectangle = Rectangle { width: 10, height: 8 };
    let perimeter: u32 = r.perimeter();
    assert_eq!(perimeter, 36);
}

#[test]
fn the_perimeter_of_a_3_by_5_rectangle_is_16() {
    let r: Rectangle = Rectangle { width: 3, height: 5 };
    let perimeter: u32 = r.perimeter();
    assert_eq!(perimeter, 16);
}

#[test]
fn the_perimeter_of_a_1_by_1_square_is_4() {
    let r: Rectangle = Rectangle { width: 1, height: 1 };
    let perimeter: u32 = r.perimeter();
    assert_eq!(perimeter, 4);
}

#[test]
fn the_perimeter_of_a_7_by_2_rectangle_is_18_which_is_not_its_area() {
    let r: Rectangle = Rectangle { width: 7, height: 2 };
    let perimeter: u32 = r.perimeter();
    assert_eq!(perimeter, 18);
}

#[test]
fn a_rectangle_with_a_height_of_0_has_a_perimeter_of_two_widths() {
    let r: Rectangle = Rectangle { width: 6, height: 0 };
    let perimeter: u32 = r.perimeter();
    assert_eq!(perimeter, 12);
}

#[test]
fn perimeter_is_right_for_every_rectangle_up_to_9_by_9() {
    for width in 1..=9 {
        for height in 1..=9 {
            let r: Rectangle = Rectangle { width, height };
            let perimeter: u32 = r.perimeter();
            let expected: u32 = width + height + width + height;
            assert_eq!(
                format!("a {} by {} rectangle has perimeter {}", width, height, perimeter),
                format!("a {} by {} rectangle has perimeter {}", width, height, expected)
            );
        }
    }
}
