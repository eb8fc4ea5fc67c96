// writes the lesson's example text abc into the message instead of the text the user typed
fn parse_quantity(text: &str) -> Result<u32, String> {
    let quantity: u32 = text
        .parse()
        .map_err(|_| String::from("'abc' is not a number"))?;
    if quantity == 0 {
        return Err(String::from("the quantity must be at least 1"));
    }
    Ok(quantity)
}

fn main() {
    println!("{:?}", parse_quantity("3"));
    println!("{:?}", parse_quantity("abc"));
    println!("{:?}", parse_quantity("0"));
}
