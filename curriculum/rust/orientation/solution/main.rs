fn seconds(minutes: u32) -> u32 {
    minutes * 60
}

fn main() {
    println!("2 minutes is {} seconds", seconds(2));
}
