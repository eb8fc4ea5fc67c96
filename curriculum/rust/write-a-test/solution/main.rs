fn is_palindrome(word: &str) -> bool {
    let reversed: String = word.chars().rev().collect();
    word == reversed
}

fn main() {
    println!("{}", is_palindrome("level"));
}

#[cfg(test)]
mod my_tests {
    use super::*;

    #[test]
    fn level_is_a_palindrome() {
        assert_eq!(is_palindrome("level"), true);
    }

    #[test]
    fn rust_is_not_a_palindrome() {
        assert_eq!(is_palindrome("rust"), false);
    }
}
