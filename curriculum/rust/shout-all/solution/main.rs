fn shout_all(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| format!("{}!", w.to_uppercase())).collect()
}

fn main() {
    println!("{:?}", shout_all(&["hi", "stop"]));
}
