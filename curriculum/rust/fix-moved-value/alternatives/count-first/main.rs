// counts the words before they are moved, so words is never used after the move
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
    let count = words.len();
    let longest = longest_word(words);
    format!("words: {}, longest: {}", count, longest)
}

fn main() {
    let words = vec![String::from("tea"), String::from("coffee"), String::from("milk")];
    println!("{}", summary(words));
}
