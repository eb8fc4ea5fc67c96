// uses unwrap instead of a match, so text that is not a number stops the program
fn parse_or_zero(text: &str) -> i32 {
    text.trim().parse::<i32>().unwrap()
}

fn main() {
    println!("{}", parse_or_zero(" 15 "));
}
