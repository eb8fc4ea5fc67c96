// cuts the sentence into pieces at each space with split, and takes the first and last piece
fn first_word(sentence: &str) -> &str {
    sentence.split(' ').next().unwrap_or("")
}

fn last_word(sentence: &str) -> &str {
    sentence.split(' ').last().unwrap_or("")
}

fn main() {
    let sentence = "good morning everyone";
    println!("first: {}", first_word(sentence));
    println!("last: {}", last_word(sentence));
}
