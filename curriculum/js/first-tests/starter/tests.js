test("isAdult(30) is true", () => {
  expect(isAdult(30)).toBe(true);
});

// Your tests here: a child, and the ages 18 and 17, where the answer changes.
