// forgets the 400 rule, so no year ending in 00 is ever a leap year
fn is_leap(year: u32) -> bool {
    if year % 100 == 0 {
        false
    } else {
        year % 4 == 0
    }
}
