// uses find on an iterator, and map_err with ? instead of a match
fn first_even(numbers: &[i32]) -> Option<i32> {
    numbers.iter().find(|n| *n % 2 == 0).copied()
}

fn parse_age(text: &str) -> Result<u32, String> {
    let age: u32 = text.parse().map_err(|_| String::from("not a number"))?;
    if age <= 130 {
        Ok(age)
    } else {
        Err(String::from("not a real age"))
    }
}

fn main() {
    println!("{:?} {:?}", first_even(&[3, 8, 5]), parse_age("42"));
}
