// adds 1 without checking for -1, so a missing person gets place 0 instead of null
function placeInLine(queue, name) {
  return queue.indexOf(name) + 1;
}

function firstLongBook(books, minPages) {
  return books.find((book) => book.pages >= minPages);
}
