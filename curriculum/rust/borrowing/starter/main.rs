fn total_length(words: &[String]) -> usize {
    // Your code here: add up the lengths instead of giving 0.
    0
}

fn longest(words: &[String]) -> String {
    // Your code here: find the longest word instead of giving empty text.
    String::new()
}

fn main() {
    let words = vec![String::from("tea"), String::from("coffee")];
    println!("{} {}", total_length(&words), longest(&words));
    println!("still ours: {:?}", words);
}
