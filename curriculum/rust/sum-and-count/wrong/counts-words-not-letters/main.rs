// total_letters counts the words instead of adding up their lengths
fn total_letters(words: &[&str]) -> usize {
    words.iter().count()
}

fn count_starting(words: &[&str], letter: char) -> usize {
    words.iter().filter(|w| w.starts_with(letter)).count()
}

fn main() {
    println!("{}", total_letters(&["tea", "milk"]));
    println!("{}", count_starting(&["bat", "cab", "bee"], 'b'));
}
