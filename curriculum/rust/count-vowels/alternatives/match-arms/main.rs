// matches each character against the ten vowels with | instead of contains
fn count_vowels(text: &str) -> u32 {
    let mut count = 0;
    for c in text.chars() {
        match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U' => count += 1,
            _ => {}
        }
    }
    count
}

fn main() {
    println!("{}", count_vowels("banana"));
}
