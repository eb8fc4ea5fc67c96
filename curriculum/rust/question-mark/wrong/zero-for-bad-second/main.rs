// uses ? only for the first text and counts a bad second text as 0
use std::num::ParseIntError;

fn add_texts(a: &str, b: &str) -> Result<i32, ParseIntError> {
    let x: i32 = a.parse()?;
    let y: i32 = b.parse().unwrap_or(0);
    Ok(x + y)
}

fn main() {
    println!("{:?}", add_texts("2", "3"));
    println!("{:?}", add_texts("2", "x"));
}
