// splits on every single space with split(' '), so two spaces in a row count an empty word
use std::collections::HashMap;

fn word_counts(text: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for word in text.split(' ') {
        *counts.entry(word.to_string()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    println!("{:?}", word_counts("the cat saw the dog"));
}
