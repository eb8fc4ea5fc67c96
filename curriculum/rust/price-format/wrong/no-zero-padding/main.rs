// uses a plain {} for the cents, so 5 cents shows as $0.5
fn price(cents: u32) -> String {
    format!("${}.{}", cents / 100, cents % 100)
}

fn main() {
    println!("{}", price(450));
}
