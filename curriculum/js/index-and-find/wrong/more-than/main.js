// uses > instead of >=, so a book with exactly minPages is skipped
function placeInLine(queue, name) {
  const index = queue.indexOf(name);
  if (index === -1) {
    return null;
  }
  return index + 1;
}

function firstLongBook(books, minPages) {
  return books.find((book) => book.pages > minPages);
}
