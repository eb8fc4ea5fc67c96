// shows the cents as if they were dollars, with .00 after them
fn price(cents: u32) -> String {
    format!("${}.00", cents)
}

fn main() {
    println!("{}", price(450));
}
