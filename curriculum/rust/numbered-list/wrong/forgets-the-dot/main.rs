// puts only a space after the number, with no dot
fn numbered(items: &[&str]) -> Vec<String> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| format!("{} {}", i + 1, item))
        .collect()
}

fn main() {
    for line in numbered(&["tea", "milk", "bread"]) {
        println!("{}", line);
    }
}
