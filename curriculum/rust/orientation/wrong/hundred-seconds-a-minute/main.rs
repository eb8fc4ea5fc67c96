// counts 100 seconds in a minute instead of 60
fn seconds(minutes: u32) -> u32 {
    minutes * 100
}

fn main() {
    println!("2 minutes is {} seconds", seconds(2));
}
