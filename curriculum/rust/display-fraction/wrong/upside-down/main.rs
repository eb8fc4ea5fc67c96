// writes the bottom first and the top second
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
        if self.bottom == 1 {
            write!(f, "{}", self.top)
        } else {
            write!(f, "{}/{}", self.bottom, self.top)
        }
    }
}

fn main() {
    println!("{}", Fraction::new(3, 4));
    println!("{}", Fraction::new(5, 1));
}
