// uses unwrap_or(0), which gives the number or 0, instead of a match
fn parse_or_zero(text: &str) -> i32 {
    text.trim().parse().unwrap_or(0)
}

fn main() {
    println!("{}", parse_or_zero(" 15 "));
    println!("{}", parse_or_zero("ten"));
}
