// deletes the line that moved words, so the longest word is left out of the summary
fn summary(words: Vec<String>) -> String {
    format!("words: {}, longest: ", words.len())
}

fn main() {
    let words = vec![String::from("tea"), String::from("coffee"), String::from("milk")];
    println!("{}", summary(words));
}
