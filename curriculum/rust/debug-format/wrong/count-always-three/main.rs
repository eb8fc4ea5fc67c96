// writes the count 3 by hand instead of using numbers.len()
fn describe(numbers: &[i32]) -> String {
    format!("3 numbers: {:?}", numbers)
}

fn main() {
    println!("{}", describe(&[1, 2, 3]));
}
