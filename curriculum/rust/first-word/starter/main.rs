fn first_word(sentence: &str) -> &str {
    // Your code here
    let _ = sentence;
    ""
}

fn last_word(sentence: &str) -> &str {
    // Your code here
    let _ = sentence;
    ""
}

fn main() {
    let sentence = "good morning everyone";
    println!("first: {}", first_word(sentence));
    println!("last: {}", last_word(sentence));
}
