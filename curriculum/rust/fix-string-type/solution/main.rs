fn grade(score: u32) -> String {
    if score >= 90 {
        String::from("A")
    } else if score >= 80 {
        String::from("B")
    } else {
        String::from("C")
    }
}

fn main() {
    println!("{}", grade(85));
}
