// brings the variants into scope with use Light::*, so the arms can say Red instead of Light::Red
#[derive(Debug, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn next(light: &Light) -> Light {
    use Light::*;
    match light {
        Red => Green,
        Green => Yellow,
        Yellow => Red,
    }
}

fn seconds(light: &Light) -> u32 {
    use Light::*;
    match light {
        Red => 30,
        Green => 25,
        Yellow => 5,
    }
}

fn main() {
    let now = Light::Red;
    println!("{:?} for {} seconds, then {:?}", now, seconds(&now), next(&now));
}
