// uses >= instead of >, so a number equal to the limit is kept
fn keep_above(numbers: &[i32], limit: i32) -> Vec<i32> {
    let mut kept = Vec::new();
    for n in numbers {
        if *n >= limit {
            kept.push(*n);
        }
    }
    kept
}

fn count_above(numbers: &[i32], limit: i32) -> usize {
    keep_above(numbers, limit).len()
}

fn main() {
    let numbers = [5, 12, 8, 20];
    println!("{:?}", keep_above(&numbers, 8));
    println!("{}", count_above(&numbers, 8));
}
