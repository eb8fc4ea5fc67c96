// uses >= instead of >, so of two equally long words the last one wins
fn total_length(words: &[String]) -> usize {
    let mut total = 0;
    for w in words {
        total += w.len();
    }
    total
}

fn longest(words: &[String]) -> String {
    let mut best = String::new();
    for w in words {
        if w.len() >= best.len() {
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
