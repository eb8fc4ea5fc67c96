// writes for &n in numbers, so n is the number itself and needs no *, and counts with its own loop
fn keep_above(numbers: &[i32], limit: i32) -> Vec<i32> {
    let mut kept = Vec::new();
    for &n in numbers {
        if n > limit {
            kept.push(n);
        }
    }
    kept
}

fn count_above(numbers: &[i32], limit: i32) -> usize {
    let mut count = 0;
    for &n in numbers {
        if n > limit {
            count += 1;
        }
    }
    count
}

fn main() {
    let numbers = [5, 12, 8, 20];
    println!("{:?}", keep_above(&numbers, 8));
    println!("{}", count_above(&numbers, 8));
}
