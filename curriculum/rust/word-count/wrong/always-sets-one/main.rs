// uses insert(word, 1), which sets each count back to 1 instead of adding 1
use std::collections::HashMap;

fn word_counts(text: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        counts.insert(word.to_string(), 1);
    }
    counts
}

fn main() {
    println!("{:?}", word_counts("the cat saw the dog"));
}
