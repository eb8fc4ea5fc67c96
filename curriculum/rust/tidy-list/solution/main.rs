fn tidy_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    for piece in text.split(',') {
        let item = piece.trim();
        if !item.is_empty() {
            items.push(item.to_string());
        }
    }
    items
}

fn main() {
    println!("{:?}", tidy_list("tea, milk ,,bread "));
}
