// checks for 3 before checking for both, so 15 and 30 give Fizz
fn fizzbuzz(n: u32) -> String {
    if n % 3 == 0 {
        String::from("Fizz")
    } else if n % 5 == 0 {
        String::from("Buzz")
    } else if n % 3 == 0 && n % 5 == 0 {
        String::from("FizzBuzz")
    } else {
        n.to_string()
    }
}

fn main() {
    for n in 1..=15 {
        println!("{}", fizzbuzz(n));
    }
}
