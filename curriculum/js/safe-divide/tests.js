test("divide(10, 2) is 5", () => {
  expect(divide(10, 2)).toBe(5);
});
test("divide(7, 2) is 3.5", () => {
  expect(divide(7, 2)).toBe(3.5);
});
test("divide(0, 5) is 0: zero can be divided, only dividing by zero fails", () => {
  expect(divide(0, 5)).toBe(0);
});
test("divide(1, 0) throws 'Cannot divide by zero'", () => {
  expect(() => divide(1, 0)).toThrow("Cannot divide by zero");
});
test("divide(-8, 0) throws 'Cannot divide by zero' too", () => {
  expect(() => divide(-8, 0)).toThrow("Cannot divide by zero");
});
test("divide works for other numbers too", () => {
  expect(`divide(12, 4) is ${divide(12, 4)}`).toBe("divide(12, 4) is 3");
  expect(`divide(-9, 3) is ${divide(-9, 3)}`).toBe("divide(-9, 3) is -3");
  expect(`divide(1, 4) is ${divide(1, 4)}`).toBe("divide(1, 4) is 0.25");
});
test("divide throws for any number divided by zero: 5 / 0 and 0 / 0 too", () => {
  expect(() => divide(5, 0)).toThrow("Cannot divide by zero");
  expect(() => divide(0, 0)).toThrow("Cannot divide by zero");
});
test("safeDivide(9, 3) is 3", () => {
  expect(safeDivide(9, 3)).toBe(3);
});
test("safeDivide(0, 4) is 0, not null", () => {
  expect(safeDivide(0, 4)).toBe(0);
});
test("safeDivide(1, 0) gives null instead of an error", () => {
  expect(safeDivide(1, 0)).toBeNull();
});
test("safeDivide gives null whenever divide throws (this test makes divide throw for 8 / 2)", () => {
  const realDivide = divide;
  let swapped = true;
  try {
    divide = function () {
      throw new Error("a pretend error from the test: safeDivide should catch it and give null");
    };
  } catch (e) {
    // divide was made with const and cannot be swapped: nothing to check here.
    swapped = false;
  }
  if (!swapped) {
    expect(safeDivide(8, 0)).toBeNull();
    return;
  }
  let result;
  try {
    result = safeDivide(8, 2);
  } finally {
    divide = realDivide;
  }
  expect(result).toBeNull();
});
