// forgets the check for 0, so an order of nothing is accepted
fn parse_quantity(text: &str) -> Result<u32, String> {
    let quantity: u32 = text
        .parse()
        .map_err(|_| format!("'{}' is not a number", text))?;
    Ok(quantity)
}

fn main() {
    println!("{:?}", parse_quantity("3"));
    println!("{:?}", parse_quantity("abc"));
    println!("{:?}", parse_quantity("0"));
}
