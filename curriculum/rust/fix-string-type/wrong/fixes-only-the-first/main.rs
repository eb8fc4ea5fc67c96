// fixes only the first branch the error points at, so B and C still do not compile
fn grade(score: u32) -> String {
    if score >= 90 {
        String::from("A")
    } else if score >= 80 {
        "B"
    } else {
        "C"
    }
}

fn main() {
    println!("{}", grade(85));
}
