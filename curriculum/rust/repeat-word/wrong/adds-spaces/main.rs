// puts a space after every copy of the word
fn repeat_word(word: &str, times: u32) -> String {
    let mut result = String::new();
    for _ in 0..times {
        result.push_str(word);
        result.push_str(" ");
    }
    result
}

fn main() {
    println!("{}", repeat_word("ha", 3));
}
