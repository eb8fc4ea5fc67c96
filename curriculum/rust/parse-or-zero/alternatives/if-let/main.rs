// names the trimmed text first and uses if let for the Ok case
fn parse_or_zero(text: &str) -> i32 {
    let cleaned = text.trim();
    if let Ok(n) = cleaned.parse::<i32>() {
        n
    } else {
        0
    }
}

fn main() {
    println!("{}", parse_or_zero(" 15 "));
    println!("{}", parse_or_zero("ten"));
}
