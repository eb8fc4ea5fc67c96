// uses if and else if with == instead of match
#[derive(Debug, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn next(light: &Light) -> Light {
    if *light == Light::Red {
        Light::Green
    } else if *light == Light::Green {
        Light::Yellow
    } else {
        Light::Red
    }
}

fn seconds(light: &Light) -> u32 {
    if *light == Light::Red {
        30
    } else if *light == Light::Green {
        25
    } else {
        5
    }
}

fn main() {
    let now = Light::Red;
    println!("{:?} for {} seconds, then {:?}", now, seconds(&now), next(&now));
}
