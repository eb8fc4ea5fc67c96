fn parse_quantity(text: &str) -> Result<u32, String> {
    // Your code here: parse with map_err and ?, then check for 0.
    Err(String::from("not finished yet"))
}

fn main() {
    println!("{:?}", parse_quantity("3"));
    println!("{:?}", parse_quantity("abc"));
    println!("{:?}", parse_quantity("0"));
}
