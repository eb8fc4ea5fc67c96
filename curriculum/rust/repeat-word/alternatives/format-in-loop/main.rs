// builds a new String with format! each round instead of push_str
fn repeat_word(word: &str, times: u32) -> String {
    let mut result = String::new();
    for _ in 0..times {
        result = format!("{}{}", result, word);
    }
    result
}

fn main() {
    println!("{}", repeat_word("ha", 3));
}
