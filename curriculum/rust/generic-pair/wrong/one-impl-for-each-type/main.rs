// copies the i32 impl block once for letters and once for words instead of making one generic impl
struct Pair<T> {
    first: T,
    second: T,
}

impl Pair<i32> {
    fn larger(&self) -> i32 {
        if self.first > self.second { self.first } else { self.second }
    }

    fn swapped(&self) -> Pair<i32> {
        Pair { first: self.second, second: self.first }
    }
}

impl Pair<char> {
    fn larger(&self) -> char {
        if self.first > self.second { self.first } else { self.second }
    }

    fn swapped(&self) -> Pair<char> {
        Pair { first: self.second, second: self.first }
    }
}

impl<'a> Pair<&'a str> {
    fn larger(&self) -> &'a str {
        if self.first > self.second { self.first } else { self.second }
    }

    fn swapped(&self) -> Pair<&'a str> {
        Pair { first: self.second, second: self.first }
    }
}

fn main() {
    let numbers = Pair { first: 3, second: 8 };
    let turned = numbers.swapped();
    println!("larger: {}", numbers.larger());
    println!("swapped: {} {}", turned.first, turned.second);
}
