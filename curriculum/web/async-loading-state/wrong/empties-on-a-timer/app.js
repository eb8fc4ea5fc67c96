// empties the status after a fixed 2 seconds instead of when the books come
const status = document.querySelector("#status");
const list = document.querySelector("#books");

async function loadBooks() {
  // First: show Loading... in the status.
  status.textContent = "Loading...";
  setTimeout(() => {
    status.textContent = "";
  }, 2000);

  const response = await fetch("/api/books");
  const books = await response.json();
  for (const book of books) {
    const item = document.createElement("li");
    item.textContent = book.title;
    list.append(item);
  }


}

loadBooks();
