// walks the range from step to limit with step_by and collects it
fn count_by(step: u32, limit: u32) -> Vec<u32> {
    (step..=limit).step_by(step as usize).collect()
}

fn main() {
    println!("{:?}", count_by(5, 20));
}
