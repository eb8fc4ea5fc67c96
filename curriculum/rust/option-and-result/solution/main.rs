fn first_even(numbers: &[i32]) -> Option<i32> {
    for n in numbers {
        if n % 2 == 0 {
            return Some(*n);
        }
    }
    None
}

fn parse_age(text: &str) -> Result<u32, String> {
    let age: u32 = match text.parse() {
        Ok(number) => number,
        Err(_) => return Err(String::from("not a number")),
    };
    if age > 130 {
        return Err(String::from("not a real age"));
    }
    Ok(age)
}

fn main() {
    println!("{:?} {:?}", first_even(&[3, 8, 5]), parse_age("42"));
}
