// leaves out the exclamation mark at the end
fn greeting(name: &str) -> String {
    format!("Hello, {}", name)
}

fn main() {
    println!("{}", greeting("Ana"));
}
