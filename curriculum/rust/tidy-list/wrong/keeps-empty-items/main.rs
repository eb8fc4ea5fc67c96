// trims every piece but keeps the empty ones too
fn tidy_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    for piece in text.split(',') {
        items.push(piece.trim().to_string());
    }
    items
}

fn main() {
    println!("{:?}", tidy_list("tea, milk ,,bread "));
}
