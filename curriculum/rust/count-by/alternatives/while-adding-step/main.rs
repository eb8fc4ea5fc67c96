// uses a while loop that adds step each round instead of checking every number
fn count_by(step: u32, limit: u32) -> Vec<u32> {
    let mut numbers = Vec::new();
    let mut n = step;
    while n <= limit {
        numbers.push(n);
        n += step;
    }
    numbers
}

fn main() {
    println!("{:?}", count_by(5, 20));
}
