// takes the first and last of split_whitespace, with "" when there is no word
fn first_word(sentence: &str) -> &str {
    sentence.split_whitespace().next().unwrap_or("")
}

fn last_word(sentence: &str) -> &str {
    match sentence.split_whitespace().last() {
        Some(word) => word,
        None => "",
    }
}

fn main() {
    let sentence = "good morning everyone";
    println!("first: {}", first_word(sentence));
    println!("last: {}", last_word(sentence));
}
