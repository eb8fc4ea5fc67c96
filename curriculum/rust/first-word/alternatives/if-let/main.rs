// uses if let instead of match
fn first_word(sentence: &str) -> &str {
    if let Some(i) = sentence.find(' ') {
        &sentence[..i]
    } else {
        sentence
    }
}

fn last_word(sentence: &str) -> &str {
    if let Some(i) = sentence.rfind(' ') {
        return &sentence[i + 1..];
    }
    sentence
}

fn main() {
    let sentence = "good morning everyone";
    println!("first: {}", first_word(sentence));
    println!("last: {}", last_word(sentence));
}
