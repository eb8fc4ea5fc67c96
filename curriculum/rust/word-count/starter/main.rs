use std::collections::HashMap;

fn word_counts(text: &str) -> HashMap<String, u32> {
    let counts = HashMap::new();
    // Your code here: make counts mutable, then count each word of text.
    counts
}

fn main() {
    println!("{:?}", word_counts("the cat saw the dog"));
}
