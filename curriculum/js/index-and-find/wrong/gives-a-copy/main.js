// builds a new object with the same title and pages, instead of giving back the book from the list
function placeInLine(queue, name) {
  const index = queue.indexOf(name);
  if (index === -1) {
    return null;
  }
  return index + 1;
}

function firstLongBook(books, minPages) {
  const book = books.find((b) => b.pages >= minPages);
  if (book === undefined) {
    return undefined;
  }
  return { title: book.title, pages: book.pages };
}

const books = [
  { title: "Kindred", pages: 264 },
  { title: "Beloved", pages: 324 },
  { title: "Roots", pages: 688 },
];
console.log(placeInLine(["Ana", "Ben", "Cal"], "Cal"));
console.log(firstLongBook(books, 300));
