// chains split, map with trim, filter and collect instead of a for loop
fn tidy_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(|piece| piece.trim())
        .filter(|item| !item.is_empty())
        .map(String::from)
        .collect()
}

fn main() {
    println!("{:?}", tidy_list("tea, milk ,,bread "));
}
