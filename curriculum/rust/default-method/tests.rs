use super::*;

// Dog, Cat and the trait Pet are the learner's; every value is bound with
// its type and each text with String, so the comparison is std's own.

#[test]
fn a_dog_named_rex_says_woof() {
    let rex: Dog = Dog { name: String::from("Rex") };
    let text: String = rex.speak();
    assert_eq!(text, "Rex says Woof");
}

#[test]
fn a_dog_named_bella_says_woof_too() {
    let bella: Dog = Dog { name: String::from("Bella") };
    let text: String = bella.speak();
    assert_eq!(text, "Bella says Woof");
}

#[test]
fn a_cat_named_tom_says_meow() {
    let tom: Cat = Cat { name: String::from("Tom") };
    let text: String = tom.speak();
    assert_eq!(text, "Tom says Meow");
}

// A pet the learner has never seen: it has only name and sound, so its
// speak can only come from the trait's default.
struct Goldfish;

impl Pet for Goldfish {
    fn name(&self) -> String {
        String::from("Bubbles")
    }
    fn sound(&self) -> String {
        String::from("blub")
    }
}

#[test]
fn a_new_kind_of_pet_gets_speak_from_the_default() {
    let text: String = Goldfish.speak();
    assert_eq!(text, "Bubbles says blub");
}

// Another pet the learner has never seen, whose name and sound the test picks.
struct Parrot {
    called: String,
    says: String,
}

impl Pet for Parrot {
    fn name(&self) -> String {
        self.called.clone()
    }
    fn sound(&self) -> String {
        self.says.clone()
    }
}

#[test]
fn every_pet_speaks_with_its_own_name_and_sound_from_pet_1_to_pet_30() {
    for n in 1..=30 {
        let called = format!("Pet {}", n);
        let says = "squawk".repeat(n % 3 + 1);
        let expected: String = called.clone() + " says " + &says;
        let parrot = Parrot { called, says };
        let text: String = parrot.speak();
        assert_eq!(text, expected);
        let dog: Dog = Dog { name: format!("Dog {}", n) };
        let text: String = dog.speak();
        assert_eq!(text, format!("Dog {} says Woof", n));
    }
}
