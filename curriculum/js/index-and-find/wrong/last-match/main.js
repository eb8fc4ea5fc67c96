// loops over every book and keeps the last long one instead of the first
function placeInLine(queue, name) {
  const index = queue.indexOf(name);
  if (index === -1) {
    return null;
  }
  return index + 1;
}

function firstLongBook(books, minPages) {
  let found;
  for (const book of books) {
    if (book.pages >= minPages) {
      found = book;
    }
  }
  return found;
}
