// forgets the rule for years ending in 00, so it calls every year divisible by 4 a leap year
fn is_leap(year: u32) -> bool {
    year % 4 == 0
}
