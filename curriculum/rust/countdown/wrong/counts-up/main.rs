// counts up from 1 to from instead of down, so the list is in the wrong order
fn countdown(from: u32) -> Vec<u32> {
    let mut numbers = Vec::new();
    let mut n = 1;
    while n <= from {
        numbers.push(n);
        n += 1;
    }
    numbers.push(0);
    numbers
}

fn main() {
    println!("{:?}", countdown(3));
}
