const testShelf = [
  { title: "Kindred", pages: 264 },
  { title: "Beloved", pages: 324 },
  { title: "Roots", pages: 688 },
];

test("placeInLine(['Ana', 'Ben', 'Cal'], 'Ana') is 1: the first in line", () => {
  expect(placeInLine(["Ana", "Ben", "Cal"], "Ana")).toBe(1);
});
test("placeInLine(['Ana', 'Ben', 'Cal'], 'Cal') is 3: the last in line", () => {
  expect(placeInLine(["Ana", "Ben", "Cal"], "Cal")).toBe(3);
});
test("placeInLine finds 'Eve' in fifth place", () => {
  expect(placeInLine(["Ana", "Ben", "Cal", "Dee", "Eve", "Fay"], "Eve")).toBe(5);
});
test("placeInLine works for any queue and any name", () => {
  expect(`placeInLine(["Kim", "Lee"], "Lee") is ${placeInLine(["Kim", "Lee"], "Lee")}`).toBe('placeInLine(["Kim", "Lee"], "Lee") is 2');
  expect(`placeInLine(["Kim", "Lee"], "Ana") is ${placeInLine(["Kim", "Lee"], "Ana")}`).toBe('placeInLine(["Kim", "Lee"], "Ana") is null');
});
test("placeInLine gives null for someone not in the queue", () => {
  expect(placeInLine(["Ana", "Ben", "Cal"], "Dee")).toBeNull();
});
test("placeInLine gives null for an empty queue", () => {
  expect(placeInLine([], "Ana")).toBeNull();
});
test("firstLongBook: from Kindred (264 pages), Beloved (324) and Roots (688), 300 or more gives Beloved", () => {
  expect(firstLongBook(testShelf, 300)).toEqual({ title: "Beloved", pages: 324 });
});
test("firstLongBook: 324 pages or more gives Beloved: exactly 324 counts", () => {
  expect(firstLongBook(testShelf, 324)).toEqual({ title: "Beloved", pages: 324 });
});
test("firstLongBook: 100 pages or more gives Kindred, the first book, not a later one", () => {
  expect(firstLongBook(testShelf, 100)).toEqual({ title: "Kindred", pages: 264 });
});
test("firstLongBook: 500 pages or more gives Roots, the last book", () => {
  expect(firstLongBook(testShelf, 500)).toEqual({ title: "Roots", pages: 688 });
});
test("firstLongBook: 1000 pages or more gives undefined: no book is that long", () => {
  expect(firstLongBook(testShelf, 1000)).toBeUndefined();
});
test("firstLongBook on an empty list gives undefined", () => {
  expect(firstLongBook([], 10)).toBeUndefined();
});
test("firstLongBook looks in the list it is given: from Dune (412) and Emma (474), 450 or more gives Emma", () => {
  const otherShelf = [
    { title: "Dune", pages: 412 },
    { title: "Emma", pages: 474 },
  ];
  expect(firstLongBook(otherShelf, 450)).toEqual({ title: "Emma", pages: 474 });
  expect(firstLongBook(otherShelf, 400)).toEqual({ title: "Dune", pages: 412 });
});
test("firstLongBook gives back the book object from the list itself, not a copy", () => {
  const found = firstLongBook(testShelf, 300);
  const what = found === testShelf[1] ? "the book from the list" : "a different object";
  expect(`firstLongBook gave back ${what}`).toBe("firstLongBook gave back the book from the list");
});
