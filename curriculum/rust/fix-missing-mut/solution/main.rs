fn long_names(names: &[&str]) -> Vec<String> {
    let mut result = Vec::new();
    for name in names {
        if name.len() > 4 {
            result.push(name.to_string());
        }
    }
    result
}

fn main() {
    println!("{:?}", long_names(&["Ana", "Marcus", "Lee", "Jasmine"]));
}
