fn total_letters(words: &[&str]) -> usize {
    // Your code here: map each word to its length, then sum.
    0
}

fn count_starting(words: &[&str], letter: char) -> usize {
    // Your code here: filter the words, then count them.
    0
}

fn main() {
    println!("{}", total_letters(&["tea", "milk"]));
    println!("{}", count_starting(&["bat", "cab", "bee"], 'b'));
}
