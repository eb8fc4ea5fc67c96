use super::*;

#[test]
fn marcus_and_jasmine_are_the_long_names_among_ana_marcus_lee_jasmine() {
    assert_eq!(long_names(&["Ana", "Marcus", "Lee", "Jasmine"]), vec!["Marcus", "Jasmine"]);
}

#[test]
fn a_name_of_exactly_5_letters_is_long() {
    assert_eq!(long_names(&["Bobby", "Sam"]), vec!["Bobby"]);
}

#[test]
fn a_name_of_4_letters_is_not_long() {
    assert_eq!(long_names(&["Luis"]), Vec::<String>::new());
}

#[test]
fn no_names_give_an_empty_list() {
    assert_eq!(long_names(&[]), Vec::<String>::new());
}

#[test]
fn long_names_is_right_for_lists_of_names_from_1_to_9_letters_long() {
    let names = ["A", "Bo", "Cal", "Dana", "Ellie", "Fatima", "Gregory", "Harrison", "Ignatius"];
    for count in 0..=names.len() {
        let list = &names[..count];
        let mut expected: Vec<String> = Vec::new();
        for name in list {
            if name.len() >= 5 {
                expected.push(name.to_string());
            }
        }
        assert_eq!(long_names(list), expected, "long_names({:?})", list);
    }
}
