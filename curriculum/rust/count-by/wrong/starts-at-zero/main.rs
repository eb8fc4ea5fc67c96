// loops over 0..=limit, and 0 divides by every step, so every list starts with 0
fn count_by(step: u32, limit: u32) -> Vec<u32> {
    let mut numbers = Vec::new();
    for n in 0..=limit {
        if n % step == 0 {
            numbers.push(n);
        }
    }
    numbers
}

fn main() {
    println!("{:?}", count_by(5, 20));
}
