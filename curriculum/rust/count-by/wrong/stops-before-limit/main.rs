// loops over 1..limit, which stops before limit, so count_by(5, 20) misses the 20
fn count_by(step: u32, limit: u32) -> Vec<u32> {
    let mut numbers = Vec::new();
    for n in 1..limit {
        if n % step == 0 {
            numbers.push(n);
        }
    }
    numbers
}

fn main() {
    println!("{:?}", count_by(5, 20));
}
