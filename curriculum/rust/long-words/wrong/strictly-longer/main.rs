// uses > instead of >=, so a word exactly min letters long is dropped
fn long_words(words: &[&str], min: usize) -> Vec<String> {
    words
        .iter()
        .filter(|w| w.len() > min)
        .map(|w| w.to_string())
        .collect()
}

fn main() {
    println!("{:?}", long_words(&["a", "tree", "sky", "forest"], 4));
}
