// uses a while loop that keeps going while the square is not above the limit
fn first_square_above(limit: u32) -> u32 {
    let mut n = 1;
    while n * n <= limit {
        n += 1;
    }
    n
}

fn main() {
    println!("{}", first_square_above(20));
}
