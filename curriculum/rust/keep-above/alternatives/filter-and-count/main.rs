// uses iter, filter, copied and count instead of for loops
fn keep_above(numbers: &[i32], limit: i32) -> Vec<i32> {
    numbers.iter().filter(|&&n| n > limit).copied().collect()
}

fn count_above(numbers: &[i32], limit: i32) -> usize {
    numbers.iter().filter(|n| **n > limit).count()
}

fn main() {
    let numbers = [5, 12, 8, 20];
    println!("{:?}", keep_above(&numbers, 8));
    println!("{}", count_above(&numbers, 8));
}
