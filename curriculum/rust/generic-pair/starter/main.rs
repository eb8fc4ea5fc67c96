struct Pair<T> {
    first: T,
    second: T,
}

// Your code here: make these methods work for every T, not only i32.
impl Pair<i32> {
    fn larger(&self) -> i32 {
        if self.first > self.second {
            self.first
        } else {
            self.second
        }
    }

    fn swapped(&self) -> Pair<i32> {
        // Your code here: first and second change places.
        Pair { first: self.first, second: self.second }
    }
}

fn main() {
    let numbers = Pair { first: 3, second: 8 };
    let turned = numbers.swapped();
    println!("larger: {}", numbers.larger());
    println!("swapped: {} {}", turned.first, turned.second);
}
