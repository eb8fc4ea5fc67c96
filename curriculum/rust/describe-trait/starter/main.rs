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
        // Your code here: the title, then the pages in brackets.
        String::new()
    }
}

impl Describe for Song {
    fn describe(&self) -> String {
        // Your code here: the title, then by, then the artist.
        String::new()
    }
}

fn main() {
    let book = Book { title: String::from("Dune"), pages: 412 };
    let song = Song { title: String::from("Imagine"), artist: String::from("John Lennon") };
    println!("{}", book.describe());
    println!("{}", song.describe());
}
