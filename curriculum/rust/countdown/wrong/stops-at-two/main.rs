// loops while n > 1, so the 1 is never pushed
fn countdown(from: u32) -> Vec<u32> {
    let mut numbers = Vec::new();
    let mut n = from;
    while n > 1 {
        numbers.push(n);
        n -= 1;
    }
    numbers.push(0);
    numbers
}

fn main() {
    println!("{:?}", countdown(3));
}
