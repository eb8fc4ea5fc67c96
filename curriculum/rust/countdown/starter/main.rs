fn countdown(from: u32) -> Vec<u32> {
    let mut numbers = Vec::new();
    // Your code here
    let _ = from;
    numbers.push(0);
    numbers
}

fn main() {
    println!("{:?}", countdown(3));
}
