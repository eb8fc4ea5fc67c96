// uses a for loop that pushes onto a new Vec instead of map and collect
fn shout_all(words: &[&str]) -> Vec<String> {
    let mut loud = Vec::new();
    for w in words {
        loud.push(w.to_uppercase() + "!");
    }
    loud
}

fn main() {
    println!("{:?}", shout_all(&["hi", "stop"]));
}
