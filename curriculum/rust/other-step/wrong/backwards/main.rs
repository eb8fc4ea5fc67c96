// compares the other way round, so it says whether the other rectangle is the wider one
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn is_wider_than(&self, other: &Rectangle) -> bool {
        other.width > self.width
    }
}

fn main() {
    let big = Rectangle { width: 10, height: 8 };
    let tall = Rectangle { width: 3, height: 9 };
    println!("wider: {}", big.is_wider_than(&tall));
}
