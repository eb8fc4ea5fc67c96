fn total_length(words: &[String]) -> usize {
    // Your code here
    let _ = words;
    0
}

fn longest(words: &[String]) -> String {
    // Your code here
    let _ = words;
    String::new()
}

fn main() {
    let words = vec![String::from("tea"), String::from("coffee")];
    println!("{} {}", total_length(&words), longest(&words));
    println!("still ours: {:?}", words);
}
