// checks with includes before using indexOf, with a ternary
function placeInLine(queue, name) {
  return queue.includes(name) ? queue.indexOf(name) + 1 : null;
}

function firstLongBook(books, minPages) {
  return books.find((b) => minPages <= b.pages);
}
