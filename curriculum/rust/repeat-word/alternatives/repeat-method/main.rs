// uses the built-in repeat method instead of a loop
fn repeat_word(word: &str, times: u32) -> String {
    word.repeat(times as usize)
}

fn main() {
    println!("{}", repeat_word("ha", 3));
}
