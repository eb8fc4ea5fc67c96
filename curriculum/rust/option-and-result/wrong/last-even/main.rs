// keeps looking after an even number, so it gives the last even number instead of the first
fn first_even(numbers: &[i32]) -> Option<i32> {
    let mut found = None;
    for n in numbers {
        if n % 2 == 0 {
            found = Some(*n);
        }
    }
    found
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
