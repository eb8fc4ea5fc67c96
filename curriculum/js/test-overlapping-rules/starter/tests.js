test("fizzBuzz(3) is 'Fizz'", () => {
  expect(fizzBuzz(3)).toBe("Fizz");
});

// Your tests here: Buzz, FizzBuzz, a plain number, and more than one example of each.
