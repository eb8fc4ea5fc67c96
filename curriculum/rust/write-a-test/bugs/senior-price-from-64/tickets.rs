// gives the senior price to 64-year-olds too
fn ticket_price(age: u32) -> u32 {
    if age < 12 {
        5
    } else if age >= 64 {
        7
    } else {
        10
    }
}
