// uses or_insert(1) and then adds 1, so a word seen once is counted twice
use std::collections::HashMap;

fn word_counts(text: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_string()).or_insert(1) += 1;
    }
    counts
}

fn main() {
    println!("{:?}", word_counts("the cat saw the dog"));
}
