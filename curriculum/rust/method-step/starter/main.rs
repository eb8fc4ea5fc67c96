struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn perimeter(&self) -> u32 {
        // Your code here: replace the 0.
        0
    }
}

fn main() {
    let r = Rectangle { width: 10, height: 8 };
    println!("perimeter {}", r.perimeter());
}
