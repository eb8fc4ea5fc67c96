class Book {
  constructor(title, author) {
    // Your code here: store title and author on this
  }

  label() {
    // Your code here
    return "";
  }
}

const book = new Book("Kindred", "Octavia Butler");
console.log(book.label());
