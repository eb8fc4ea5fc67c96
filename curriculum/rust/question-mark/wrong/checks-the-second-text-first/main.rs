// parses b before a, so when both texts are bad it passes on the Err of the second text instead of the first
use std::num::ParseIntError;

fn add_texts(a: &str, b: &str) -> Result<i32, ParseIntError> {
    let y: i32 = b.parse()?;
    let x: i32 = a.parse()?;
    Ok(x + y)
}

fn main() {
    println!("{:?}", add_texts("2", "3"));
    println!("{:?}", add_texts("2", "x"));
}
