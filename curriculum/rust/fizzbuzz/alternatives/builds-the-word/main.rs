// builds the word piece by piece, checking 15 through its parts, instead of one if chain
fn fizzbuzz(n: u32) -> String {
    let mut word = String::new();
    if n % 3 == 0 {
        word.push_str("Fizz");
    }
    if n % 5 == 0 {
        word.push_str("Buzz");
    }
    if word.is_empty() {
        word = n.to_string();
    }
    word
}

fn main() {
    for n in 1..=15 {
        println!("{}", fizzbuzz(n));
    }
}
