// uses loop with a break after pushing 0, instead of while
fn countdown(from: u32) -> Vec<u32> {
    let mut numbers = Vec::new();
    let mut n = from;
    loop {
        numbers.push(n);
        if n == 0 {
            break;
        }
        n -= 1;
    }
    numbers
}

fn main() {
    println!("{:?}", countdown(3));
}
