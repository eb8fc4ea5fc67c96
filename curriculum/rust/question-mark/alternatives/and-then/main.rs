// chains and_then and map instead of using ?
use std::num::ParseIntError;

fn add_texts(a: &str, b: &str) -> Result<i32, ParseIntError> {
    a.parse::<i32>().and_then(|x| b.parse::<i32>().map(|y| x + y))
}

fn main() {
    println!("{:?}", add_texts("2", "3"));
    println!("{:?}", add_texts("2", "x"));
}
