// remembers that 2000 was a leap year, but forgets the 400 rule for every other year ending in 00
fn is_leap(year: u32) -> bool {
    if year == 2000 {
        true
    } else if year % 100 == 0 {
        false
    } else {
        year % 4 == 0
    }
}
