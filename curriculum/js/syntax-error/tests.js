test("countDown(3) is '3 2 1 Go!'", () => {
  expect(countDown(3)).toBe("3 2 1 Go!");
});
test("countDown(5) is '5 4 3 2 1 Go!'", () => {
  expect(countDown(5)).toBe("5 4 3 2 1 Go!");
});
test("countDown(1) is '1 Go!'", () => {
  expect(countDown(1)).toBe("1 Go!");
});
test("countDown(0) is 'Go!': nothing to count", () => {
  expect(countDown(0)).toBe("Go!");
});
test("countDown works from other numbers too", () => {
  expect(countDown(2)).toBe("2 1 Go!");
  expect(countDown(10)).toBe("10 9 8 7 6 5 4 3 2 1 Go!");
});
