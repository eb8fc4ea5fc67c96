// adds the ! but keeps the word as it was, not in capitals
fn shout_all(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| format!("{}!", w)).collect()
}

fn main() {
    println!("{:?}", shout_all(&["hi", "stop"]));
}
