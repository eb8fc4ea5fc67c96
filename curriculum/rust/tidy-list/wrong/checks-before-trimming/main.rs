// checks for empty before trimming, so a piece of only spaces becomes an empty item
fn tidy_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    for piece in text.split(',') {
        if !piece.is_empty() {
            items.push(piece.trim().to_string());
        }
    }
    items
}

fn main() {
    println!("{:?}", tidy_list("tea, milk ,,bread "));
}
