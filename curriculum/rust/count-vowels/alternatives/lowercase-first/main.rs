// turns the whole text into small letters first, then checks five vowels
fn count_vowels(text: &str) -> u32 {
    let mut count = 0;
    for c in text.to_lowercase().chars() {
        if c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' {
            count += 1;
        }
    }
    count
}

fn main() {
    println!("{}", count_vowels("banana"));
}
