// uses enumerate in a for loop that pushes each line, as in the lesson
fn numbered(items: &[&str]) -> Vec<String> {
    let mut lines = Vec::new();
    for (i, item) in items.iter().enumerate() {
        lines.push(format!("{}. {}", i + 1, item));
    }
    lines
}

fn main() {
    for line in numbered(&["tea", "milk", "bread"]) {
        println!("{}", line);
    }
}
