// turns each word into capitals but leaves out the !
fn shout_all(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_uppercase()).collect()
}

fn main() {
    println!("{:?}", shout_all(&["hi", "stop"]));
}
