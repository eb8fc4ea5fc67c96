// tries only 3, 5, 15 and 7, so a version that says Fizz only for 3 itself slips through
test("fizzBuzz(3) is 'Fizz'", () => {
  expect(fizzBuzz(3)).toBe("Fizz");
});
test("fizzBuzz(5) is 'Buzz'", () => {
  expect(fizzBuzz(5)).toBe("Buzz");
});
test("fizzBuzz(15) is 'FizzBuzz'", () => {
  expect(fizzBuzz(15)).toBe("FizzBuzz");
});
test("fizzBuzz(7) is '7'", () => {
  expect(fizzBuzz(7)).toBe("7");
});
