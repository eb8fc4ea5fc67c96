// puts the song's artist in the first gap and the title in the second
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
        format!("{} ({} pages)", self.title, self.pages)
    }
}

impl Describe for Song {
    fn describe(&self) -> String {
        format!("{} by {}", self.artist, self.title)
    }
}

fn main() {
    let book = Book { title: String::from("Dune"), pages: 412 };
    let song = Song { title: String::from("Imagine"), artist: String::from("John Lennon") };
    println!("{}", book.describe());
    println!("{}", song.describe());
}
