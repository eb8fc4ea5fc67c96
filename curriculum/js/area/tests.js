test("area(3, 4) is 12", () => {
  expect(area(3, 4)).toBe(12);
});
test("area(10, 2.5) is 25", () => {
  expect(area(10, 2.5)).toBe(25);
});
test("area(6, 6) is 36 for a square room", () => {
  expect(area(6, 6)).toBe(36);
});
test("perimeter(3, 4) is 14", () => {
  expect(perimeter(3, 4)).toBe(14);
});
test("perimeter(10, 2.5) is 25", () => {
  expect(perimeter(10, 2.5)).toBe(25);
});
test("perimeter(6, 6) is 24 for a square room", () => {
  expect(perimeter(6, 6)).toBe(24);
});
test("area and perimeter work for other rooms too", () => {
  expect(`area(2, 7) is ${area(2, 7)}`).toBe("area(2, 7) is 14");
  expect(`area(1.5, 4) is ${area(1.5, 4)}`).toBe("area(1.5, 4) is 6");
  expect(`perimeter(2, 7) is ${perimeter(2, 7)}`).toBe("perimeter(2, 7) is 18");
  expect(`perimeter(5, 1) is ${perimeter(5, 1)}`).toBe("perimeter(5, 1) is 12");
});
