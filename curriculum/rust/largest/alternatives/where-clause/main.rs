// writes the bounds in a where clause and loops with for &item, so no * is needed
fn largest<T>(items: &[T]) -> T
where
    T: PartialOrd + Copy,
{
    let mut best = items[0];
    for &item in items {
        if item > best {
            best = item;
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
