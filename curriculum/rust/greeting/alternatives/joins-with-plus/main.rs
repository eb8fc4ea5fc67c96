// joins the pieces with + onto a String, instead of format!
fn greeting(name: &str) -> String {
    String::from("Hello, ") + name + "!"
}

fn main() {
    println!("{}", greeting("Ana"));
}
