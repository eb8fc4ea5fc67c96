fn sum_to(n: u32) -> u32 {
    let total = 0;
    // Your code here: make total mutable and add each number.
    let _ = n;
    total
}

fn main() {
    println!("{}", sum_to(4));
}
