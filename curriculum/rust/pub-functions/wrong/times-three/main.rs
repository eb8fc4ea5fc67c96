// multiplies the side by 3 instead of by itself three times
mod geometry {
    pub fn square_area(side: u32) -> u32 {
        side * side
    }

    pub fn cube_volume(side: u32) -> u32 {
        side * 3
    }
}

fn main() {
    println!("area {}", geometry::square_area(3));
    println!("volume {}", geometry::cube_volume(3));
}
