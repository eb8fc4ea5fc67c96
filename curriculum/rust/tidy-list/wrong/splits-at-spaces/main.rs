// splits at spaces and strips the commas, so an item of two words becomes two items
fn tidy_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    for piece in text.split_whitespace() {
        for part in piece.split(',') {
            if !part.is_empty() {
                items.push(part.to_string());
            }
        }
    }
    items
}

fn main() {
    println!("{:?}", tidy_list("tea, milk ,,bread "));
}
