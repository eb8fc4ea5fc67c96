// never tries a number that both 3 and 5 go into, so the FizzBuzz rule is never checked
test("fizzBuzz(3) is 'Fizz'", () => {
  expect(fizzBuzz(3)).toBe("Fizz");
});
test("fizzBuzz(9) is 'Fizz'", () => {
  expect(fizzBuzz(9)).toBe("Fizz");
});
test("fizzBuzz(20) is 'Buzz'", () => {
  expect(fizzBuzz(20)).toBe("Buzz");
});
test("fizzBuzz(7) is '7'", () => {
  expect(fizzBuzz(7)).toBe("7");
});
