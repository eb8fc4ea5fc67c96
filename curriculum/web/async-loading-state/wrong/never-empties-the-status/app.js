// shows Loading... but never empties it once the books come
const status = document.querySelector("#status");
const list = document.querySelector("#books");

async function loadBooks() {
  // First: show Loading... in the status.
  status.textContent = "Loading...";

  const response = await fetch("/api/books");
  const books = await response.json();
  for (const book of books) {
    const item = document.createElement("li");
    item.textContent = book.title;
    list.append(item);
  }

  // Last: the books are here, so empty the status.
}

loadBooks();
