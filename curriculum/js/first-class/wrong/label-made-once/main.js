// builds the label once in the constructor, so it never changes when the title does
class Book {
  constructor(title, author) {
    this.title = title;
    this.author = author;
    this.text = title + " by " + author;
  }

  label() {
    return this.text;
  }
}

const book = new Book("Kindred", "Octavia Butler");
console.log(book.label());
