// skips empty items with continue instead of pushing inside an if
fn tidy_list(text: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for piece in text.split(',') {
        let item = piece.trim();
        if item.is_empty() {
            continue;
        }
        items.push(String::from(item));
    }
    items
}

fn main() {
    println!("{:?}", tidy_list("tea, milk ,,bread "));
}
