// uses unwrap instead of ?, so a text that is not a number stops the program instead of giving an Err
use std::num::ParseIntError;

fn add_texts(a: &str, b: &str) -> Result<i32, ParseIntError> {
    let x: i32 = a.parse().unwrap();
    let y: i32 = b.parse().unwrap();
    Ok(x + y)
}

fn main() {
    println!("{:?}", add_texts("2", "3"));
}
