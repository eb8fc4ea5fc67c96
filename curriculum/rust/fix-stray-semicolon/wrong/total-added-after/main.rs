// keeps the semicolon and adds total on a new line, so the discount is worked out and thrown away
fn total_price(prices: &[u32], discount: u32) -> u32 {
    let mut total = 0;
    for price in prices {
        total += price;
    }
    total - discount;
    total
}

fn main() {
    println!("{}", total_price(&[3, 4, 5], 2));
}
