// writes total = i, which replaces the total each time instead of adding to it
fn sum_to(n: u32) -> u32 {
    let mut total = 0;
    for i in 1..=n {
        total = i;
    }
    total
}

fn main() {
    println!("{}", sum_to(4));
}
