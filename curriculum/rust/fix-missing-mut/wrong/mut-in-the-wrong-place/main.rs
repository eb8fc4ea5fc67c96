// makes a new mut list inside the if for each name, so the list that is returned never changes
fn long_names(names: &[&str]) -> Vec<String> {
    let result = Vec::new();
    for name in names {
        if name.len() > 4 {
            let mut result: Vec<String> = Vec::new();
            result.push(name.to_string());
        }
    }
    result
}

fn main() {
    println!("{:?}", long_names(&["Ana", "Marcus", "Lee", "Jasmine"]));
}
