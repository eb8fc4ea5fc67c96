// leaves out empty pieces but never trims, so " milk " keeps its spaces
fn tidy_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    for piece in text.split(',') {
        if !piece.is_empty() {
            items.push(piece.to_string());
        }
    }
    items
}

fn main() {
    println!("{:?}", tidy_list("tea, milk ,,bread "));
}
