fn price(cents: u32) -> String {
    // Your code here: build the price text instead of empty text.
    String::new()
}

fn main() {
    println!("{}", price(450));
}
