#[derive(Debug, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn next(light: &Light) -> Light {
    match light {
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
        Light::Yellow => Light::Red,
    }
}

fn seconds(light: &Light) -> u32 {
    match light {
        Light::Red => 30,
        Light::Green => 25,
        Light::Yellow => 5,
    }
}

fn main() {
    let now = Light::Red;
    println!("{:?} for {} seconds, then {:?}", now, seconds(&now), next(&now));
}
