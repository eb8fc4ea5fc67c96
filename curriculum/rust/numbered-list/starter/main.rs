fn numbered(items: &[&str]) -> Vec<String> {
    // Your code here: use enumerate to number the items from 1.
    Vec::new()
}

fn main() {
    for line in numbered(&["tea", "milk", "bread"]) {
        println!("{}", line);
    }
}
