fn first_square_above(limit: u32) -> u32 {
    let mut n = 1;
    // Your code here: loop, and break with n once n * n is above limit.
    n
}

fn main() {
    println!("{}", first_square_above(20));
}
