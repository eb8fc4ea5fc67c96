fn keep_above(numbers: &[i32], limit: i32) -> Vec<i32> {
    let mut kept = Vec::new();
    // Your code here: push each number that is bigger than limit.
    kept
}

fn count_above(numbers: &[i32], limit: i32) -> usize {
    // Your code here: replace the 0.
    0
}

fn main() {
    let numbers = [5, 12, 8, 20];
    println!("{:?}", keep_above(&numbers, 8));
    println!("{}", count_above(&numbers, 8));
}
