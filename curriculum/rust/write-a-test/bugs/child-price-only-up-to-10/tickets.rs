// makes 11-year-olds pay the full price
fn ticket_price(age: u32) -> u32 {
    if age < 11 {
        5
    } else if age >= 65 {
        7
    } else {
        10
    }
}
