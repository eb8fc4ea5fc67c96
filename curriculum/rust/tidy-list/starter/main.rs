fn tidy_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    // Your code here: split text at the commas, trim each piece,
    // and push the pieces that are not empty.
    items
}

fn main() {
    println!("{:?}", tidy_list("tea, milk ,,bread "));
}
