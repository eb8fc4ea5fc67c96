// loops over the positions 0..numbers.len() and reads numbers[i]
fn keep_above(numbers: &[i32], limit: i32) -> Vec<i32> {
    let mut kept = Vec::new();
    for i in 0..numbers.len() {
        if numbers[i] > limit {
            kept.push(numbers[i]);
        }
    }
    kept
}

fn count_above(numbers: &[i32], limit: i32) -> usize {
    let kept = keep_above(numbers, limit);
    kept.len()
}

fn main() {
    let numbers = [5, 12, 8, 20];
    println!("{:?}", keep_above(&numbers, 8));
    println!("{}", count_above(&numbers, 8));
}
