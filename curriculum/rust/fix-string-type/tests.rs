use super::*;

#[test]
fn a_score_of_95_is_an_a() {
    assert_eq!(grade(95), "A");
}

#[test]
fn a_score_of_exactly_90_is_an_a() {
    assert_eq!(grade(90), "A");
}

#[test]
fn a_score_of_89_is_a_b() {
    assert_eq!(grade(89), "B");
}

#[test]
fn a_score_of_exactly_80_is_a_b() {
    assert_eq!(grade(80), "B");
}

#[test]
fn a_score_of_79_is_a_c() {
    assert_eq!(grade(79), "C");
}

#[test]
fn a_score_of_0_is_a_c() {
    assert_eq!(grade(0), "C");
}

#[test]
fn grade_is_right_for_every_score_from_0_to_100() {
    for score in 0..=100 {
        let expected = if score < 80 { "C" } else if score < 90 { "B" } else { "A" };
        assert_eq!(format!("a score of {} gets {}", score, grade(score)), format!("a score of {} gets {}", score, expected));
    }
}
