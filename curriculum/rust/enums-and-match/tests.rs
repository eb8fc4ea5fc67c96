use super::*;

// `Light` is the learner's own type, so its `==` is theirs too: these tests
// compare with `matches!`, a pattern, which no `impl PartialEq` can change.
// The messages name the light with `colour`, not `{:?}`, so an enum written
// without `#[derive(Debug)]` (as the lesson's Coin is) is tested too.

fn colour(light: &Light) -> &'static str {
    match light {
        Light::Red => "Red",
        Light::Yellow => "Yellow",
        Light::Green => "Green",
    }
}

#[test]
fn after_red_comes_green() {
    let after = next(&Light::Red);
    assert!(matches!(after, Light::Green), "after Red should come Green, but got {}", colour(&after));
}

#[test]
fn after_green_comes_yellow() {
    let after = next(&Light::Green);
    assert!(matches!(after, Light::Yellow), "after Green should come Yellow, but got {}", colour(&after));
}

#[test]
fn after_yellow_comes_red_again() {
    let after = next(&Light::Yellow);
    assert!(matches!(after, Light::Red), "after Yellow should come Red, but got {}", colour(&after));
}

#[test]
fn red_stays_on_for_30_seconds() {
    assert_eq!(seconds(&Light::Red), 30);
}

#[test]
fn green_stays_on_for_25_seconds() {
    assert_eq!(seconds(&Light::Green), 25);
}

#[test]
fn yellow_stays_on_for_5_seconds() {
    assert_eq!(seconds(&Light::Yellow), 5);
}

#[test]
fn a_whole_round_from_red_takes_60_seconds_and_ends_at_red() {
    let mut light = Light::Red;
    let mut total: u32 = 0;
    for _ in 0..3 {
        total += seconds(&light);
        light = next(&light);
    }
    assert_eq!(total, 60);
    assert!(matches!(light, Light::Red), "after three changes the light should be Red again, but got {}", colour(&light));
}
