// compares the two areas, so a long thin rectangle seems to hold a square it is too short for
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        self.area() > other.area()
    }
}

fn main() {
    let big = Rectangle { width: 10, height: 8 };
    let small = Rectangle { width: 3, height: 2 };
    println!("area {}, holds the small one: {}", big.area(), big.can_hold(&small));
}
