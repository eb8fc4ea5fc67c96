// empties the status before the first await, so Loading... is gone straight away
const status = document.querySelector("#status");
const list = document.querySelector("#books");

async function loadBooks() {
  // First: show Loading... in the status.
  status.textContent = "Loading...";
  status.textContent = "";

  const response = await fetch("/api/books");
  const books = await response.json();
  for (const book of books) {
    const item = document.createElement("li");
    item.textContent = book.title;
    list.append(item);
  }


}

loadBooks();
