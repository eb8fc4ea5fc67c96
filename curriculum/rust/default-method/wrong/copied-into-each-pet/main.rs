// writes speak into the Dog and Cat impl blocks and leaves the default empty, so a new pet says nothing
trait Pet {
    fn name(&self) -> String;
    fn sound(&self) -> String;

    fn speak(&self) -> String {
        String::new()
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
    fn speak(&self) -> String {
        format!("{} says Woof", self.name)
    }
}

impl Pet for Cat {
    fn name(&self) -> String {
        self.name.clone()
    }
    fn sound(&self) -> String {
        String::from("Meow")
    }
    fn speak(&self) -> String {
        format!("{} says Meow", self.name)
    }
}

fn main() {
    let rex = Dog { name: String::from("Rex") };
    let tom = Cat { name: String::from("Tom") };
    println!("{}", rex.speak());
    println!("{}", tom.speak());
}
