// gives Buzz for numbers that divide by 3 and Fizz for numbers that divide by 5
fn fizzbuzz(n: u32) -> String {
    if n % 3 == 0 && n % 5 == 0 {
        String::from("FizzBuzz")
    } else if n % 3 == 0 {
        String::from("Buzz")
    } else if n % 5 == 0 {
        String::from("Fizz")
    } else {
        n.to_string()
    }
}

fn main() {
    for n in 1..=15 {
        println!("{}", fizzbuzz(n));
    }
}
