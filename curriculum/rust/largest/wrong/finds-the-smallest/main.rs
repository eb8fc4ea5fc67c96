// keeps the < from smallest, so it finds the smallest item
fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for item in items {
        if *item < best {
            best = *item;
        }
    }
    best
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
