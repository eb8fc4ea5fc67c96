fn fizzbuzz(n: u32) -> String {
    // Your code here
    n.to_string()
}

fn main() {
    for n in 1..=15 {
        println!("{}", fizzbuzz(n));
    }
}
