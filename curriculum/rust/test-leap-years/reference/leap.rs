// the correct rule: divisible by 4 is a leap year, except years ending in 00, except years divisible by 400
fn is_leap(year: u32) -> bool {
    if year % 400 == 0 {
        true
    } else if year % 100 == 0 {
        false
    } else {
        year % 4 == 0
    }
}
