fn area(width: u32, length: u32) -> u32 {
    // Your code here
    let _ = (width, length);
    0
}

fn perimeter(width: u32, length: u32) -> u32 {
    // Your code here
    let _ = (width, length);
    0
}

fn main() {
    println!("{} {}", area(3, 4), perimeter(3, 4));
}
