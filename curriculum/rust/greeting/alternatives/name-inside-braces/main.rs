// writes the name inside the braces, {name}, instead of after the pattern
fn greeting(name: &str) -> String {
    format!("Hello, {name}!")
}

fn main() {
    println!("{}", greeting("Ana"));
}
