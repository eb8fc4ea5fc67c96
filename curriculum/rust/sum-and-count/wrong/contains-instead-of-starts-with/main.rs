// counts the words that contain the letter anywhere, not only at the start
fn total_letters(words: &[&str]) -> usize {
    words.iter().map(|w| w.len()).sum()
}

fn count_starting(words: &[&str], letter: char) -> usize {
    words.iter().filter(|w| w.contains(letter)).count()
}

fn main() {
    println!("{}", total_letters(&["tea", "milk"]));
    println!("{}", count_starting(&["bat", "cab", "bee"], 'b'));
}
