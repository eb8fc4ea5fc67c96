// writes title and author without this. in label, where those names do not exist
class Book {
  constructor(title, author) {
    this.title = title;
    this.author = author;
  }

  label() {
    return title + " by " + author;
  }
}
