// calls the year before each leap year a leap year, one year too early
fn is_leap(year: u32) -> bool {
    let next = year + 1;
    if next % 400 == 0 {
        true
    } else if next % 100 == 0 {
        false
    } else {
        next % 4 == 0
    }
}
