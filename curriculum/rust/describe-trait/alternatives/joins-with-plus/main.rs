// joins the pieces with + instead of format!
trait Describe {
    fn describe(&self) -> String;
}

struct Book {
    title: String,
    pages: u32,
}

struct Song {
    title: String,
    artist: String,
}

impl Describe for Book {
    fn describe(&self) -> String {
        self.title.clone() + " (" + &self.pages.to_string() + " pages)"
    }
}

impl Describe for Song {
    fn describe(&self) -> String {
        self.title.clone() + " by " + &self.artist
    }
}

fn main() {
    let book = Book { title: String::from("Dune"), pages: 412 };
    let song = Song { title: String::from("Imagine"), artist: String::from("John Lennon") };
    println!("{}", book.describe());
    println!("{}", song.describe());
}
