fn sum_to(n: u32) -> u32 {
    let total = 0;
    // Your code here: make total mutable, then add each number to it.
    total
}

fn main() {
    println!("{}", sum_to(4));
}
