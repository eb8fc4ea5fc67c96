// silences the error by adding a last line 0, so every price comes out as 0
fn total_price(prices: &[u32], discount: u32) -> u32 {
    let mut total = 0;
    for price in prices {
        total += price;
    }
    total - discount;
    0
}

fn main() {
    println!("{}", total_price(&[3, 4, 5], 2));
}
