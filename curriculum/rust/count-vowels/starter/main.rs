fn count_vowels(text: &str) -> u32 {
    let mut count = 0;
    // Your code here: add 1 to count for each vowel in text.
    count
}

fn main() {
    println!("{}", count_vowels("banana"));
}
