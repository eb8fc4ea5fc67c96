fn area(width: u32, length: u32) -> u32 {
    // Your code here: replace the 0.
    0
}

fn perimeter(width: u32, length: u32) -> u32 {
    // Your code here: replace the 0.
    0
}

fn main() {
    println!("area {}, perimeter {}", area(3, 4), perimeter(3, 4));
}
