// puts self first in each comparison and uses if with explicit returns
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        return self.width * self.height;
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        if self.width > other.width && self.height > other.height {
            return true;
        }
        false
    }
}

fn main() {
    let big = Rectangle { width: 10, height: 8 };
    let small = Rectangle { width: 3, height: 2 };
    println!("area {}, holds the small one: {}", big.area(), big.can_hold(&small));
}
