// charges children 7, the senior price, instead of 5
fn ticket_price(age: u32) -> u32 {
    if age < 12 {
        7
    } else if age >= 65 {
        7
    } else {
        10
    }
}
