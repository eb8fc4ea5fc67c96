fn repeat_word(word: &str, times: u32) -> String {
    let mut result = String::new();
    // Your code here: add word to the end of result, times times.
    result
}

fn main() {
    println!("{}", repeat_word("ha", 3));
}
