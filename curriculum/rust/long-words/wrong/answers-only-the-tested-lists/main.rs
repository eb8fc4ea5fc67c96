// answers the lists the tests use from a table, and gives an empty list for any other
fn long_words(words: &[&str], min: usize) -> Vec<String> {
    let kept: Vec<&str> = match (words, min) {
        (["a", "tree", "sky", "forest"], 4) => vec!["tree", "forest"],
        (["cat", "dog", "mouse"], 3) => vec!["cat", "dog", "mouse"],
        (["elephant", "ant", "giraffe"], 5) => vec!["elephant", "giraffe"],
        _ => vec![],
    };
    kept.iter().map(|w| w.to_string()).collect()
}

fn main() {
    println!("{:?}", long_words(&["a", "tree", "sky", "forest"], 4));
}
