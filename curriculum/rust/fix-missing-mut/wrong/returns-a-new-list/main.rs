// adds mut but gives back a new empty Vec at the end instead of result
fn long_names(names: &[&str]) -> Vec<String> {
    let mut result = Vec::new();
    for name in names {
        if name.len() > 4 {
            result.push(name.to_string());
        }
    }
    Vec::new()
}

fn main() {
    println!("{:?}", long_names(&["Ana", "Marcus", "Lee", "Jasmine"]));
}
