// puts the bounds in a where clause, returns Self, and compares with >= in larger
struct Pair<T> {
    first: T,
    second: T,
}

impl<T> Pair<T>
where
    T: PartialOrd + Copy,
{
    fn larger(&self) -> T {
        if self.first >= self.second {
            self.first
        } else {
            self.second
        }
    }

    fn swapped(&self) -> Self {
        Self { first: self.second, second: self.first }
    }
}

fn main() {
    let numbers = Pair { first: 3, second: 8 };
    let turned = numbers.swapped();
    println!("larger: {}", numbers.larger());
    println!("swapped: {} {}", turned.first, turned.second);
    let letters = Pair { first: 'x', second: 'b' };
    println!("larger letter: {}", letters.larger());
}
