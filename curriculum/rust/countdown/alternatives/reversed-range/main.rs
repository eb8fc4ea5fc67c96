// walks the range 0..=from backwards with .rev() and collects it, with no counter
fn countdown(from: u32) -> Vec<u32> {
    (0..=from).rev().collect()
}

fn main() {
    println!("{:?}", countdown(3));
}
