// uses unwrap on parse, so text that is not a number stops the program instead of giving Err("not a number")
fn first_even(numbers: &[i32]) -> Option<i32> {
    for n in numbers {
        if n % 2 == 0 {
            return Some(*n);
        }
    }
    None
}

fn parse_age(text: &str) -> Result<u32, String> {
    let age: u32 = text.parse().unwrap();
    if age > 130 {
        return Err(String::from("not a real age"));
    }
    Ok(age)
}

fn main() {
    println!("{:?} {:?}", first_even(&[3, 8, 5]), parse_age("42"));
}
