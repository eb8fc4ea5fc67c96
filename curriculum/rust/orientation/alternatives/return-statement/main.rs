// uses return with a semicolon, as in JavaScript, and writes 60 first
fn seconds(minutes: u32) -> u32 {
    return 60 * minutes;
}

fn main() {
    println!("2 minutes is {} seconds", seconds(2));
}
