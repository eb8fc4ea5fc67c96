// picks the letter as a &str first, then turns it into a String once at the end
fn grade(score: u32) -> String {
    let letter = if score >= 90 {
        "A"
    } else if score >= 80 {
        "B"
    } else {
        "C"
    };
    letter.to_string()
}

fn main() {
    println!("{}", grade(85));
}
