test("countdown(3) is [3, 2, 1]", () => {
  expect(countdown(3)).toEqual([3, 2, 1]);
});
test("countdown(1) is [1]", () => {
  expect(countdown(1)).toEqual([1]);
});
test("countdown(5) is [5, 4, 3, 2, 1]", () => {
  expect(countdown(5)).toEqual([5, 4, 3, 2, 1]);
});
test("countdown(0) is the empty list []", () => {
  expect(countdown(0)).toEqual([]);
});
test("countdown(10) has 10 numbers, from 10 down to 1", () => {
  const numbers = countdown(10);
  expect(numbers).toHaveLength(10);
  expect(numbers[0]).toBe(10);
  expect(numbers[9]).toBe(1);
});
