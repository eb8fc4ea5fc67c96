// loops over 1..n, which stops before n, so n itself is never added
fn sum_to(n: u32) -> u32 {
    let mut total = 0;
    for i in 1..n {
        total += i;
    }
    total
}

fn main() {
    println!("{}", sum_to(4));
}
