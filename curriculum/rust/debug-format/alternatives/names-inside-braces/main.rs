// names the count first and writes the names inside the braces
fn describe(numbers: &[i32]) -> String {
    let count = numbers.len();
    format!("{count} numbers: {numbers:?}")
}

fn main() {
    println!("{}", describe(&[1, 2, 3]));
}
