// uses < in the filter, so it keeps the short words and drops the long ones
fn long_words(words: &[&str], min: usize) -> Vec<String> {
    words
        .iter()
        .filter(|w| w.len() < min)
        .map(|w| w.to_string())
        .collect()
}

fn main() {
    println!("{:?}", long_words(&["a", "tree", "sky", "forest"], 4));
}
