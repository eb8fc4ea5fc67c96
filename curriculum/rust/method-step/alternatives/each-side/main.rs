// adds the four sides one by one instead of doubling
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn perimeter(&self) -> u32 {
        self.width + self.height + self.width + self.height
    }
}

fn main() {
    let r = Rectangle { width: 10, height: 8 };
    println!("perimeter {}", r.perimeter());
}
