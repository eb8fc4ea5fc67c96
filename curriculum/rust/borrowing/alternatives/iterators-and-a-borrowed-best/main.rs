// sums with an iterator, and keeps a borrowed &str as the best so far, copying it only at the end
fn total_length(words: &[String]) -> usize {
    words.iter().map(|w| w.len()).sum()
}

fn longest(words: &[String]) -> String {
    let mut best: &str = "";
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best.to_string()
}

fn main() {
    let words = vec![String::from("tea"), String::from("coffee")];
    println!("{} {}", total_length(&words), longest(&words));
    println!("still ours: {:?}", words);
}
