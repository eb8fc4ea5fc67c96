fn count_vowels(text: &str) -> u32 {
    let mut count = 0;
    for c in text.chars() {
        if "aeiouAEIOU".contains(c) {
            count += 1;
        }
    }
    count
}

fn main() {
    println!("{}", count_vowels("banana"));
}
