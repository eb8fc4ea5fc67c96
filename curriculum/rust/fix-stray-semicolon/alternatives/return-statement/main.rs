// keeps the semicolon but writes return in front, as in JavaScript
fn total_price(prices: &[u32], discount: u32) -> u32 {
    let mut total = 0;
    for price in prices {
        total += price;
    }
    return total - discount;
}

fn main() {
    println!("{}", total_price(&[3, 4, 5], 2));
}
