// uses the position from enumerate as it is, so the list starts at 0
fn numbered(items: &[&str]) -> Vec<String> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| format!("{}. {}", i, item))
        .collect()
}

fn main() {
    for line in numbered(&["tea", "milk", "bread"]) {
        println!("{}", line);
    }
}
