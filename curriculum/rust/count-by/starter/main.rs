fn count_by(step: u32, limit: u32) -> Vec<u32> {
    let mut numbers = Vec::new();
    // Your code here: push each number from 1 to limit that divides by step.
    numbers
}

fn main() {
    println!("{:?}", count_by(5, 20));
}
