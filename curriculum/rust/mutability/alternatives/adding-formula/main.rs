// works the total out in one step with the formula n * (n + 1) / 2 instead of a loop
fn sum_to(n: u32) -> u32 {
    n * (n + 1) / 2
}

fn main() {
    println!("{}", sum_to(4));
}
