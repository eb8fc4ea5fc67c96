trait Pet {
    fn name(&self) -> String;
    fn sound(&self) -> String;

    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Dog {
    name: String,
}

struct Cat {
    name: String,
}

impl Pet for Dog {
    fn name(&self) -> String {
        self.name.clone()
    }
    fn sound(&self) -> String {
        String::from("Woof")
    }
}

impl Pet for Cat {
    fn name(&self) -> String {
        self.name.clone()
    }
    fn sound(&self) -> String {
        String::from("Meow")
    }
}

fn main() {
    let rex = Dog { name: String::from("Rex") };
    let tom = Cat { name: String::from("Tom") };
    println!("{}", rex.speak());
    println!("{}", tom.speak());
}
