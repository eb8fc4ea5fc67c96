// uses a for loop with an if and push instead of filter and map
fn long_words(words: &[&str], min: usize) -> Vec<String> {
    let mut kept = Vec::new();
    for w in words {
        if w.len() >= min {
            kept.push(w.to_string());
        }
    }
    kept
}

fn main() {
    println!("{:?}", long_words(&["a", "tree", "sky", "forest"], 4));
}
