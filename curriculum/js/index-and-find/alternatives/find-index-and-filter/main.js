// uses findIndex for the queue, and takes the first item of filter for the book
function placeInLine(queue, name) {
  const index = queue.findIndex((person) => person === name);
  return index < 0 ? null : index + 1;
}

function firstLongBook(books, minPages) {
  return books.filter((book) => book.pages >= minPages)[0];
}

const books = [
  { title: "Kindred", pages: 264 },
  { title: "Beloved", pages: 324 },
  { title: "Roots", pages: 688 },
];
console.log(placeInLine(["Ana", "Ben", "Cal"], "Cal"));
console.log(firstLongBook(books, 300));
