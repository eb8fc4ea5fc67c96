// looks the word up with get_mut and inserts 1 when it is new, instead of entry
use std::collections::HashMap;

fn word_counts(text: &str) -> HashMap<String, u32> {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for word in text.split_whitespace() {
        match counts.get_mut(word) {
            Some(count) => *count += 1,
            None => {
                counts.insert(word.to_string(), 1);
            }
        }
    }
    counts
}

fn main() {
    println!("{:?}", word_counts("the cat saw the dog"));
}
