fn first_word(sentence: &str) -> &str {
    // Your code here: find the first space instead of giving "".
    ""
}

fn last_word(sentence: &str) -> &str {
    // Your code here: find the last space instead of giving "".
    ""
}

fn main() {
    let sentence = "good morning everyone";
    println!("first: {}", first_word(sentence));
    println!("last: {}", last_word(sentence));
}
