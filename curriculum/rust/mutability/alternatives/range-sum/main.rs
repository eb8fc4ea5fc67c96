// adds up the range in one step with .sum() instead of a loop
fn sum_to(n: u32) -> u32 {
    (1..=n).sum()
}

fn main() {
    println!("{}", sum_to(4));
}
