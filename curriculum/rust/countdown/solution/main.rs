fn countdown(from: u32) -> Vec<u32> {
    let mut numbers = Vec::new();
    let mut n = from;
    while n > 0 {
        numbers.push(n);
        n -= 1;
    }
    numbers.push(0);
    numbers
}

fn main() {
    println!("{:?}", countdown(3));
}
