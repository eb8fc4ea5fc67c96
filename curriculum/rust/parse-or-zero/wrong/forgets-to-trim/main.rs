// parses without trimming, so " 15 " with its spaces gives 0
fn parse_or_zero(text: &str) -> i32 {
    match text.parse::<i32>() {
        Ok(n) => n,
        Err(_) => 0,
    }
}

fn main() {
    println!("{}", parse_or_zero(" 15 "));
    println!("{}", parse_or_zero("ten"));
}
