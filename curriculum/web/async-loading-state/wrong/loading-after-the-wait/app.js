// shows Loading... after the await, so it only appears once the wait is over
const status = document.querySelector("#status");
const list = document.querySelector("#books");

async function loadBooks() {
  const response = await fetch("/api/books");
  status.textContent = "Loading...";
  const books = await response.json();
  for (const book of books) {
    const item = document.createElement("li");
    item.textContent = book.title;
    list.append(item);
  }

  // Last: the books are here, so empty the status.
  status.textContent = "";
}

loadBooks();
