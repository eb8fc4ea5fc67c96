fn long_words(words: &[&str], min: usize) -> Vec<String> {
    // Your code here: iter, filter, map and collect.
    Vec::new()
}

fn main() {
    println!("{:?}", long_words(&["a", "tree", "sky", "forest"], 4));
}
