// leaves largest working on whole numbers only, and gives latest_letter a loop of its own
fn largest(items: &[i32]) -> i32 {
    let mut best = items[0];
    for item in items {
        if *item > best {
            best = *item;
        }
    }
    best
}

fn latest_letter(word: &str) -> char {
    let mut best = 'a';
    for c in word.chars() {
        if c > best {
            best = c;
        }
    }
    best
}

fn main() {
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", latest_letter("hello"));
}
