test("smallestFirst([10, 9, 100, 25]) is [9, 10, 25, 100]", () => {
  expect(smallestFirst([10, 9, 100, 25])).toEqual([9, 10, 25, 100]);
});
test("smallestFirst([3, -1, 2]) is [-1, 2, 3]: negative numbers go first", () => {
  expect(smallestFirst([3, -1, 2])).toEqual([-1, 2, 3]);
});
test("smallestFirst([2, 1, 2]) is [1, 2, 2]: equal numbers stay side by side", () => {
  expect(smallestFirst([2, 1, 2])).toEqual([1, 2, 2]);
});
test("smallestFirst([5, 40, 300]) stays [5, 40, 300]: already in order", () => {
  expect(smallestFirst([5, 40, 300])).toEqual([5, 40, 300]);
});
test("smallestFirst sorts a longer list of 13 numbers", () => {
  expect(smallestFirst([12, 4, 8, 1, 30, 7, 2, 19, 5, 11, 3, 25, 6])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 19, 25, 30]);
});
test("smallestFirst([]) is []", () => {
  expect(smallestFirst([])).toEqual([]);
});
test("cheapestFirst puts tea (2.5), soap (3) and rice (12) in that order", () => {
  const items = [
    { name: "soap", price: 3 },
    { name: "rice", price: 12 },
    { name: "tea", price: 2.5 },
  ];
  expect(cheapestFirst(items)).toEqual([
    { name: "tea", price: 2.5 },
    { name: "soap", price: 3 },
    { name: "rice", price: 12 },
  ]);
});
test("cheapestFirst puts a price of 9 before a price of 10", () => {
  const items = [
    { name: "towel", price: 10 },
    { name: "pen", price: 9 },
  ];
  expect(cheapestFirst(items)).toEqual([
    { name: "pen", price: 9 },
    { name: "towel", price: 10 },
  ]);
});
test("cheapestFirst sorts a longer list of 9 items by price", () => {
  const items = [
    { name: "blanket", price: 20 },
    { name: "towel", price: 10 },
    { name: "pen", price: 1.5 },
    { name: "stamps", price: 6 },
    { name: "shampoo", price: 4 },
    { name: "socks", price: 8 },
    { name: "comb", price: 2 },
    { name: "notebook", price: 3 },
    { name: "radio", price: 45 },
  ];
  const names = cheapestFirst(items).map((item) => item.name);
  expect(names).toEqual(["pen", "comb", "notebook", "shampoo", "stamps", "socks", "towel", "blanket", "radio"]);
});
test("cheapestFirst([]) is []", () => {
  expect(cheapestFirst([])).toEqual([]);
});
