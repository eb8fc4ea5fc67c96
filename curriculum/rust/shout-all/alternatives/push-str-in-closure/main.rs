// writes the closure with a block body that adds the ! with push_str
fn shout_all(words: &[&str]) -> Vec<String> {
    words
        .iter()
        .map(|w| {
            let mut loud = w.to_uppercase();
            loud.push_str("!");
            loud
        })
        .collect()
}

fn main() {
    println!("{:?}", shout_all(&["hi", "stop"]));
}
