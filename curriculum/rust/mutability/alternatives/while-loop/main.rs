// uses a while loop with a second mut counter instead of a for loop
fn sum_to(n: u32) -> u32 {
    let mut total = 0;
    let mut i = 1;
    while i <= n {
        total = total + i;
        i = i + 1;
    }
    total
}

fn main() {
    println!("{}", sum_to(4));
}
