use super::*;

#[test]
fn greeting_for_ana_is_hello_ana() {
    assert_eq!(greeting("Ana"), "Hello, Ana!");
}

#[test]
fn greeting_for_marcus_is_hello_marcus() {
    assert_eq!(greeting("Marcus"), "Hello, Marcus!");
}

#[test]
fn greeting_for_lee_is_hello_lee() {
    assert_eq!(greeting("Lee"), "Hello, Lee!");
}

#[test]
fn greeting_keeps_a_whole_name_with_a_space_in_it() {
    assert_eq!(greeting("Mary Jo"), "Hello, Mary Jo!");
}

#[test]
fn greeting_works_for_any_name_such_as_guest_1_to_guest_40() {
    for n in 1..=40 {
        let name = format!("Guest {}", n);
        let expected = String::from("Hello, ") + &name + "!";
        assert_eq!(greeting(&name), expected, "greeting(\"{}\") should be \"{}\"", name, expected);
    }
}
