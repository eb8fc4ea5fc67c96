fn greeting(name: &str) -> String {
    // Your code here
    let _ = name;
    String::new()
}

fn main() {
    println!("{}", greeting("Ana"));
}
