fn parse_or_zero(text: &str) -> i32 {
    // Your code here: trim, parse, and match on the Result.
    0
}

fn main() {
    println!("{}", parse_or_zero(" 15 "));
    println!("{}", parse_or_zero("ten"));
}
