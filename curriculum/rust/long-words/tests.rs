use super::*;

#[test]
fn words_of_at_least_4_letters_from_a_tree_sky_forest_are_tree_and_forest() {
    assert_eq!(long_words(&["a", "tree", "sky", "forest"], 4), vec!["tree", "forest"]);
}

#[test]
fn words_exactly_min_letters_long_are_kept() {
    assert_eq!(long_words(&["cat", "dog", "mouse"], 3), vec!["cat", "dog", "mouse"]);
}

#[test]
fn words_of_at_least_5_letters_from_elephant_ant_giraffe_are_elephant_and_giraffe() {
    assert_eq!(long_words(&["elephant", "ant", "giraffe"], 5), vec!["elephant", "giraffe"]);
}

#[test]
fn no_word_long_enough_gives_an_empty_list() {
    assert_eq!(long_words(&["cat", "dog"], 4), Vec::<String>::new());
}

#[test]
fn no_words_at_all_give_an_empty_list() {
    assert_eq!(long_words(&[], 2), Vec::<String>::new());
}

#[test]
fn long_words_is_right_for_every_min_from_0_to_9() {
    let words = ["a", "bird", "can", "fly", "over", "tall", "green", "trees", "sometimes"];
    for min in 0..=9 {
        let mut expected: Vec<String> = Vec::new();
        for w in words {
            if w.len() >= min {
                expected.push(w.to_string());
            }
        }
        assert_eq!(
            format!("words of at least {} letters: {:?}", min, long_words(&words, min)),
            format!("words of at least {} letters: {:?}", min, expected)
        );
    }
}
