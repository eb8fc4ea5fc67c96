class Book {
  constructor(title, author) {
    this.title = title;
    this.author = author;
  }

  label() {
    return this.title + " by " + this.author;
  }
}

const book = new Book("Kindred", "Octavia Butler");
console.log(book.label());
