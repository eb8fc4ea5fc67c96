// works out the volume from square_area, calling it from inside the module
mod geometry {
    pub fn square_area(side: u32) -> u32 {
        side * side
    }

    pub fn cube_volume(side: u32) -> u32 {
        square_area(side) * side
    }
}

fn main() {
    println!("area {}", geometry::square_area(3));
    println!("volume {}", geometry::cube_volume(3));
}
