// writes parse::<i32>()? inside the sum instead of naming each number
use std::num::ParseIntError;

fn add_texts(a: &str, b: &str) -> Result<i32, ParseIntError> {
    Ok(a.parse::<i32>()? + b.parse::<i32>()?)
}

fn main() {
    println!("{:?}", add_texts("2", "3"));
    println!("{:?}", add_texts("2", "x"));
}
