test("area(3, 4) is 12", () => {
  expect(area(3, 4)).toBe(12);
});
test("area(10, 2.5) is 25", () => {
  expect(area(10, 2.5)).toBe(25);
});
test("perimeter(3, 4) is 14", () => {
  expect(perimeter(3, 4)).toBe(14);
});
test("perimeter(10, 2.5) is 25", () => {
  expect(perimeter(10, 2.5)).toBe(25);
});
