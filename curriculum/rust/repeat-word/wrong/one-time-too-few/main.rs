// loops over 1..times, which runs one time fewer than times
fn repeat_word(word: &str, times: u32) -> String {
    let mut result = String::new();
    for _ in 1..times {
        result.push_str(word);
    }
    result
}

fn main() {
    println!("{}", repeat_word("ha", 3));
}
