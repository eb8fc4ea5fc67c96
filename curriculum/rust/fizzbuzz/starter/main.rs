fn fizzbuzz(n: u32) -> String {
    // Your code here: add the checks for Fizz, Buzz and FizzBuzz.
    n.to_string()
}

fn main() {
    for n in 1..=15 {
        println!("{}", fizzbuzz(n));
    }
}
