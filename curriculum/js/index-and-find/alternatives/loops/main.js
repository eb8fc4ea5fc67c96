// uses for loops instead of indexOf and find
function placeInLine(queue, name) {
  for (let i = 0; i < queue.length; i = i + 1) {
    if (queue[i] === name) {
      return i + 1;
    }
  }
  return null;
}

function firstLongBook(books, minPages) {
  for (const book of books) {
    if (book.pages >= minPages) {
      return book;
    }
  }
  return undefined;
}
