// stores only the title in the constructor, so the author is undefined
class Book {
  constructor(title, author) {
    this.title = title;
  }

  label() {
    return this.title + " by " + this.author;
  }
}

const book = new Book("Kindred", "Octavia Butler");
console.log(book.label());
