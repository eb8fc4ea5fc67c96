// only counts small vowels, so the capital O in Open is missed
fn count_vowels(text: &str) -> u32 {
    let mut count = 0;
    for c in text.chars() {
        if "aeiou".contains(c) {
            count += 1;
        }
    }
    count
}

fn main() {
    println!("{}", count_vowels("banana"));
}
