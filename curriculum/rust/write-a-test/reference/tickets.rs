// the correct prices: under 12 pays 5, 65 or older pays 7, everyone else pays 10
fn ticket_price(age: u32) -> u32 {
    if age < 12 {
        5
    } else if age >= 65 {
        7
    } else {
        10
    }
}
