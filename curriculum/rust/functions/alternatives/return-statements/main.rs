// uses return statements and adds all four sides one by one
fn area(width: u32, length: u32) -> u32 {
    return width * length;
}

fn perimeter(width: u32, length: u32) -> u32 {
    return width + length + width + length;
}

fn main() {
    println!("area {}, perimeter {}", area(3, 4), perimeter(3, 4));
}
