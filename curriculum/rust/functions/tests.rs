use super::*;

    #[test]
    fn area_of_3_by_4_is_12() {
        assert_eq!(area(3, 4), 12);
    }

    #[test]
    fn perimeter_of_3_by_4_is_14() {
        assert_eq!(perimeter(3, 4), 14);
    }
