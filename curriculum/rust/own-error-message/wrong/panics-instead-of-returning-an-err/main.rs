// stops the program with expect and panic! instead of returning an Err with the message
fn parse_quantity(text: &str) -> Result<u32, String> {
    let quantity: u32 = text.parse().expect("not a number");
    if quantity == 0 {
        panic!("the quantity must be at least 1");
    }
    Ok(quantity)
}

fn main() {
    println!("{:?}", parse_quantity("3"));
}
