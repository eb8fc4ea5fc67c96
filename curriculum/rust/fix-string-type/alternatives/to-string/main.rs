// follows the compiler's help and adds .to_string() to each letter
fn grade(score: u32) -> String {
    if score >= 90 {
        "A".to_string()
    } else if score >= 80 {
        "B".to_string()
    } else {
        "C".to_string()
    }
}

fn main() {
    println!("{}", grade(85));
}
