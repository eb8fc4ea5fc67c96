// gives how many words there are instead of adding up their lengths
fn total_length(words: &[String]) -> usize {
    words.len()
}

fn longest(words: &[String]) -> String {
    let mut best = String::new();
    for w in words {
        if w.len() > best.len() {
            best = w.clone();
        }
    }
    best
}

fn main() {
    let words = vec![String::from("tea"), String::from("coffee")];
    println!("{} {}", total_length(&words), longest(&words));
    println!("still ours: {:?}", words);
}
