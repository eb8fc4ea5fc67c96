function placeInLine(queue, name) {
  const index = queue.indexOf(name);
  if (index === -1) {
    return null;
  }
  return index + 1;
}

function firstLongBook(books, minPages) {
  return books.find((book) => book.pages >= minPages);
}

const books = [
  { title: "Kindred", pages: 264 },
  { title: "Beloved", pages: 324 },
  { title: "Roots", pages: 688 },
];
console.log(placeInLine(["Ana", "Ben", "Cal"], "Cal"));
console.log(firstLongBook(books, 300));
