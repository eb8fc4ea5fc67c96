// works out the volume with side.pow(3)
mod geometry {
    pub fn square_area(side: u32) -> u32 {
        side * side
    }

    pub fn cube_volume(side: u32) -> u32 {
        side.pow(3)
    }
}

fn main() {
    println!("area {}", geometry::square_area(3));
    println!("volume {}", geometry::cube_volume(3));
}
