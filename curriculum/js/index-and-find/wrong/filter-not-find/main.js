// uses filter, which gives an array of every long book instead of the first book
function placeInLine(queue, name) {
  const index = queue.indexOf(name);
  if (index === -1) {
    return null;
  }
  return index + 1;
}

function firstLongBook(books, minPages) {
  return books.filter((book) => book.pages >= minPages);
}
