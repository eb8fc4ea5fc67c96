// names the dollars and cents first and writes the names inside the braces
fn price(cents: u32) -> String {
    let dollars = cents / 100;
    let rest = cents % 100;
    format!("${dollars}.{rest:02}")
}

fn main() {
    println!("{}", price(450));
}
