// matches on what parse gives instead of using map_err and ?
fn parse_quantity(text: &str) -> Result<u32, String> {
    match text.parse::<u32>() {
        Ok(0) => Err(String::from("the quantity must be at least 1")),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("'{}' is not a number", text)),
    }
}

fn main() {
    println!("{:?}", parse_quantity("3"));
    println!("{:?}", parse_quantity("abc"));
    println!("{:?}", parse_quantity("0"));
}
