fn countdown(from: u32) -> Vec<u32> {
    let mut numbers = Vec::new();
    // Your code here: push from, then each number below it, down to 1.
    numbers.push(0);
    numbers
}

fn main() {
    println!("{:?}", countdown(3));
}
