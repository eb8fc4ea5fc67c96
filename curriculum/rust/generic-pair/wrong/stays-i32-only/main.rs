// finishes swapped but keeps impl Pair<i32>, so pairs of letters or words have no methods
struct Pair<T> {
    first: T,
    second: T,
}

impl Pair<i32> {
    fn larger(&self) -> i32 {
        if self.first > self.second {
            self.first
        } else {
            self.second
        }
    }

    fn swapped(&self) -> Pair<i32> {
        Pair { first: self.second, second: self.first }
    }
}

fn main() {
    let numbers = Pair { first: 3, second: 8 };
    let turned = numbers.swapped();
    println!("larger: {}", numbers.larger());
    println!("swapped: {} {}", turned.first, turned.second);
}
