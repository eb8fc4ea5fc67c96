// returns early from separate ifs and checks n % 15 for both
fn fizzbuzz(n: u32) -> String {
    if n % 15 == 0 {
        return "FizzBuzz".to_string();
    }
    if n % 3 == 0 {
        return "Fizz".to_string();
    }
    if n % 5 == 0 {
        return "Buzz".to_string();
    }
    n.to_string()
}

fn main() {
    for n in 1..=15 {
        println!("{}", fizzbuzz(n));
    }
}
