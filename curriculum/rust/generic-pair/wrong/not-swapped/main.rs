// makes the impl generic but forgets to swap, so swapped gives the same order back
struct Pair<T> {
    first: T,
    second: T,
}

impl<T: PartialOrd + Copy> Pair<T> {
    fn larger(&self) -> T {
        if self.first > self.second {
            self.first
        } else {
            self.second
        }
    }

    fn swapped(&self) -> Pair<T> {
        Pair { first: self.first, second: self.second }
    }
}

fn main() {
    let numbers = Pair { first: 3, second: 8 };
    let turned = numbers.swapped();
    println!("larger: {}", numbers.larger());
    println!("swapped: {} {}", turned.first, turned.second);
}
