fn first_square_above(limit: u32) -> u32 {
    let mut n = 1;
    loop {
        if n * n > limit {
            break n;
        }
        n += 1;
    }
}

fn main() {
    println!("{}", first_square_above(20));
}
