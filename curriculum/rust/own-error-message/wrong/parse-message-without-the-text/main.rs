// passes parse's own problem on as text, instead of the message the task asks for
fn parse_quantity(text: &str) -> Result<u32, String> {
    let quantity: u32 = text.parse().map_err(|e| format!("{}", e))?;
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
