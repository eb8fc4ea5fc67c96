// uses || (or) instead of && (and), so every number that divides by 3 or 5 gives FizzBuzz
fn fizzbuzz(n: u32) -> String {
    if n % 3 == 0 || n % 5 == 0 {
        String::from("FizzBuzz")
    } else if n % 3 == 0 {
        String::from("Fizz")
    } else if n % 5 == 0 {
        String::from("Buzz")
    } else {
        n.to_string()
    }
}

fn main() {
    for n in 1..=15 {
        println!("{}", fizzbuzz(n));
    }
}
