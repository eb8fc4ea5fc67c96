fn greeting(name: &str) -> String {
    // Your code here: build the greeting instead of empty text.
    String::new()
}

fn main() {
    println!("{}", greeting("Ana"));
}
