// loops while n >= 0, which is always true for a u32, so it tries to go below 0 and stops with an overflow
fn countdown(from: u32) -> Vec<u32> {
    let mut numbers = Vec::new();
    let mut n = from;
    while n >= 0 {
        numbers.push(n);
        n -= 1;
    }
    numbers
}

fn main() {
    println!("{:?}", countdown(3));
}
