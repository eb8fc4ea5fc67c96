// calls every even year a leap year, instead of every fourth year
fn is_leap(year: u32) -> bool {
    if year % 400 == 0 {
        true
    } else if year % 100 == 0 {
        false
    } else {
        year % 2 == 0
    }
}
