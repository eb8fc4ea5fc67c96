// starts the last word at the space itself, &sentence[i..], so the space is kept
fn first_word(sentence: &str) -> &str {
    match sentence.find(' ') {
        Some(i) => &sentence[..i],
        None => sentence,
    }
}

fn last_word(sentence: &str) -> &str {
    match sentence.rfind(' ') {
        Some(i) => &sentence[i..],
        None => sentence,
    }
}

fn main() {
    let sentence = "good morning everyone";
    println!("first: {}", first_word(sentence));
    println!("last: {}", last_word(sentence));
}
