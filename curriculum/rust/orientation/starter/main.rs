fn seconds(minutes: u32) -> u32 {
    // Your code here: replace the 0.
    0
}

fn main() {
    println!("2 minutes is {} seconds", seconds(2));
}
