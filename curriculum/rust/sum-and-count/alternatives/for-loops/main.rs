// adds and counts with for loops and mut totals instead of sum and count
fn total_letters(words: &[&str]) -> usize {
    let mut total = 0;
    for w in words {
        total += w.len();
    }
    total
}

fn count_starting(words: &[&str], letter: char) -> usize {
    let mut count = 0;
    for w in words {
        if w.starts_with(letter) {
            count += 1;
        }
    }
    count
}

fn main() {
    println!("{}", total_letters(&["tea", "milk"]));
    println!("{}", count_starting(&["bat", "cab", "bee"], 'b'));
}
