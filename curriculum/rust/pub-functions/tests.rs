use super::*;

#[test]
fn a_square_with_side_3_has_area_9() {
    assert_eq!(geometry::square_area(3), 9);
}

#[test]
fn a_square_with_side_5_has_area_25() {
    assert_eq!(geometry::square_area(5), 25);
}

#[test]
fn a_cube_with_side_3_has_volume_27() {
    assert_eq!(geometry::cube_volume(3), 27);
}

#[test]
fn a_cube_with_side_2_has_volume_8() {
    assert_eq!(geometry::cube_volume(2), 8);
}

#[test]
fn a_cube_with_side_10_has_volume_1000() {
    assert_eq!(geometry::cube_volume(10), 1000);
}

#[test]
fn a_cube_with_side_1_has_volume_1() {
    assert_eq!(geometry::cube_volume(1), 1);
}

#[test]
fn a_cube_with_side_0_has_volume_0() {
    assert_eq!(geometry::cube_volume(0), 0);
}

#[test]
fn square_area_and_cube_volume_are_right_for_every_side_from_0_to_20() {
    for side in 0..=20 {
        let area = side * side;
        let volume = area * side;
        assert_eq!(
            format!("side {}: area {}, volume {}", side, geometry::square_area(side), geometry::cube_volume(side)),
            format!("side {}: area {}, volume {}", side, area, volume)
        );
    }
}
