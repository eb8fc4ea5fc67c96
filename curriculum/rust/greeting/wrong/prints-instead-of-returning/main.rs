// prints the greeting with println! and gives back empty text
fn greeting(name: &str) -> String {
    println!("Hello, {}!", name);
    String::new()
}

fn main() {
    println!("{}", greeting("Ana"));
}
