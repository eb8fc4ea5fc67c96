fn shout_all(words: &[&str]) -> Vec<String> {
    // Your code here: use words.iter(), map and collect.
    Vec::new()
}

fn main() {
    println!("{:?}", shout_all(&["hi", "stop"]));
}
