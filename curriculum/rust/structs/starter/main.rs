struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        // Your code here: replace the 0.
        0
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        // Your code here: replace false.
        false
    }
}

fn main() {
    let big = Rectangle { width: 10, height: 8 };
    let small = Rectangle { width: 3, height: 2 };
    println!("area {}, holds the small one: {}", big.area(), big.can_hold(&small));
}
