fn longest_word(words: Vec<String>) -> String {
    let mut best = String::new();
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn summary(words: Vec<String>) -> String {
    let longest = longest_word(words);
    format!("words: {}, longest: {}", words.len(), longest)
}

fn main() {
    let words = vec![String::from("tea"), String::from("coffee"), String::from("milk")];
    println!("{}", summary(words));
}
