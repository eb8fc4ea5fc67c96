function placeInLine(queue, name) {
  // Your code here
  return null;
}

function firstLongBook(books, minPages) {
  // Your code here
  return undefined;
}

const books = [
  { title: "Kindred", pages: 264 },
  { title: "Beloved", pages: 324 },
  { title: "Roots", pages: 688 },
];
console.log(placeInLine(["Ana", "Ben", "Cal"], "Cal"));
console.log(firstLongBook(books, 300));
