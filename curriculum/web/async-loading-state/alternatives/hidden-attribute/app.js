// hides the status with the hidden attribute once the books come, instead of emptying it
const status = document.querySelector("#status");
const list = document.querySelector("#books");

async function loadBooks() {
  // First: show Loading... in the status.
  status.hidden = false;
  status.textContent = "Loading...";

  const response = await fetch("/api/books");
  const books = await response.json();
  for (const book of books) {
    const item = document.createElement("li");
    item.textContent = book.title;
    list.append(item);
  }

  // Last: the books are here, so hide the status.
  status.hidden = true;
}

loadBooks();
