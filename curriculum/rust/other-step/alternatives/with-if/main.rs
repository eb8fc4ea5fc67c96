// uses an if with true and false instead of giving back the comparison itself
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn is_wider_than(&self, other: &Rectangle) -> bool {
        if self.width > other.width {
            true
        } else {
            false
        }
    }
}

fn main() {
    let big = Rectangle { width: 10, height: 8 };
    let tall = Rectangle { width: 3, height: 9 };
    println!("wider: {}", big.is_wider_than(&tall));
}
