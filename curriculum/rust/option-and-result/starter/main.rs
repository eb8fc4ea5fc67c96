fn first_even(numbers: &[i32]) -> Option<i32> {
    // Your code here: look for an even number.
    None
}

fn parse_age(text: &str) -> Result<u32, String> {
    // Your code here: read the number, then check it.
    Err(String::from("not a number"))
}

fn main() {
    println!("{:?} {:?}", first_even(&[3, 8, 5]), parse_age("42"));
}
