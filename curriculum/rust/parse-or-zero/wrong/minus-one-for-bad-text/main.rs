// gives -1 instead of 0 when the text is not a number
fn parse_or_zero(text: &str) -> i32 {
    match text.trim().parse::<i32>() {
        Ok(n) => n,
        Err(_) => -1,
    }
}

fn main() {
    println!("{}", parse_or_zero(" 15 "));
    println!("{}", parse_or_zero("ten"));
}
