// adds 60 to the minutes instead of multiplying by 60
fn seconds(minutes: u32) -> u32 {
    minutes + 60
}

fn main() {
    println!("2 minutes is {} seconds", seconds(2));
}
