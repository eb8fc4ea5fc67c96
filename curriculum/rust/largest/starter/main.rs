fn largest(items: &[i32]) -> i32 {
    // Your code here: make largest generic, then find the biggest item.
    items[0]
}

// collect() gathers the letters of word into a Vec: more about it soon.
fn latest_letter(word: &str) -> char {
    let letters: Vec<char> = word.chars().collect();
    largest(&letters)
}

fn main() {
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", latest_letter("hello"));
}
