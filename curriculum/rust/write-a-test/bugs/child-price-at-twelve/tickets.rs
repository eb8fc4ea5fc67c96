// lets 12-year-olds pay the child price
fn ticket_price(age: u32) -> u32 {
    if age <= 12 {
        5
    } else if age >= 65 {
        7
    } else {
        10
    }
}
