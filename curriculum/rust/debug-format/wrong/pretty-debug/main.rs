// uses {:#?}, the pretty debug form, which puts each number on its own line
fn describe(numbers: &[i32]) -> String {
    format!("{} numbers: {:#?}", numbers.len(), numbers)
}

fn main() {
    println!("{}", describe(&[1, 2, 3]));
}
