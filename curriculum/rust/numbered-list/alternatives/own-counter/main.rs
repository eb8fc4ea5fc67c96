// keeps its own mut counter that starts at 1 instead of using enumerate
fn numbered(items: &[&str]) -> Vec<String> {
    let mut lines = Vec::new();
    let mut number = 1;
    for item in items {
        lines.push(format!("{}. {}", number, item));
        number += 1;
    }
    lines
}

fn main() {
    for line in numbered(&["tea", "milk", "bread"]) {
        println!("{}", line);
    }
}
