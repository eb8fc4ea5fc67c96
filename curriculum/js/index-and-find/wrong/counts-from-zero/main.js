// gives indexOf's answer as it is, counting from 0 and giving -1 when missing
function placeInLine(queue, name) {
  return queue.indexOf(name);
}

function firstLongBook(books, minPages) {
  return books.find((book) => book.pages >= minPages);
}
