use super::*;

#[test]
fn area_of_3_by_4_is_12() {
    assert_eq!(area(3, 4), 12);
}

#[test]
fn area_of_5_by_2_is_10() {
    assert_eq!(area(5, 2), 10);
}

#[test]
fn area_of_6_by_6_is_36() {
    assert_eq!(area(6, 6), 36);
}

#[test]
fn area_of_0_by_7_is_0() {
    assert_eq!(area(0, 7), 0);
}

#[test]
fn perimeter_of_3_by_4_is_14() {
    assert_eq!(perimeter(3, 4), 14);
}

#[test]
fn perimeter_of_5_by_2_is_14_too() {
    assert_eq!(perimeter(5, 2), 14);
}

#[test]
fn perimeter_of_1_by_10_is_22_two_widths_and_two_lengths() {
    assert_eq!(perimeter(1, 10), 22);
}

#[test]
fn perimeter_of_6_by_6_is_24() {
    assert_eq!(perimeter(6, 6), 24);
}

#[test]
fn area_is_right_for_every_room_up_to_12_by_12() {
    for width in 0..=12 {
        for length in 0..=12 {
            let mut expected = 0;
            for _ in 0..length {
                expected += width;
            }
            assert_eq!(
                format!("area({}, {}) is {}", width, length, area(width, length)),
                format!("area({}, {}) is {}", width, length, expected)
            );
        }
    }
}

#[test]
fn perimeter_is_right_for_every_room_up_to_12_by_12() {
    for width in 0..=12 {
        for length in 0..=12 {
            let expected = width + length + width + length;
            assert_eq!(
                format!("perimeter({}, {}) is {}", width, length, perimeter(width, length)),
                format!("perimeter({}, {}) is {}", width, length, expected)
            );
        }
    }
}
