// turns the cents into a decimal number of dollars and shows it with two places, {:.2}
fn price(cents: u32) -> String {
    let dollars = cents as f64 / 100.0;
    format!("${:.2}", dollars)
}

fn main() {
    println!("{}", price(450));
}
