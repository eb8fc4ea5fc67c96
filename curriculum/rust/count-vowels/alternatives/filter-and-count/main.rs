// keeps the vowels with filter and counts them with count, instead of a for loop
fn count_vowels(text: &str) -> u32 {
    text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count() as u32
}

fn main() {
    println!("{}", count_vowels("banana"));
}
