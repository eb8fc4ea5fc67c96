test("fizzBuzz(3) is 'Fizz'", () => {
  expect(fizzBuzz(3)).toBe("Fizz");
});
test("fizzBuzz(9) is 'Fizz'", () => {
  expect(fizzBuzz(9)).toBe("Fizz");
});
test("fizzBuzz(5) is 'Buzz'", () => {
  expect(fizzBuzz(5)).toBe("Buzz");
});
test("fizzBuzz(20) is 'Buzz'", () => {
  expect(fizzBuzz(20)).toBe("Buzz");
});
test("fizzBuzz(15) is 'FizzBuzz': both 3 and 5 go into 15", () => {
  expect(fizzBuzz(15)).toBe("FizzBuzz");
});
test("fizzBuzz(7) is the text '7'", () => {
  expect(fizzBuzz(7)).toBe("7");
});
