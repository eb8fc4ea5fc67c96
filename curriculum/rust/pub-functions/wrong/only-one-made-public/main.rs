// makes cube_volume public but leaves square_area private, and main no longer uses it
mod geometry {
    fn square_area(side: u32) -> u32 {
        side * side
    }

    pub fn cube_volume(side: u32) -> u32 {
        side * side * side
    }
}

fn main() {
    println!("volume {}", geometry::cube_volume(3));
}
