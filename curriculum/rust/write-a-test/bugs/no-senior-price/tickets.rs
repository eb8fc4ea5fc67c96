// forgets the senior price, so people 65 and over pay the full 10
fn ticket_price(age: u32) -> u32 {
    if age < 12 {
        5
    } else {
        10
    }
}
