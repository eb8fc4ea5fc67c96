test("describes Rosa, 42", () => {
  expect(describe({ name: "Rosa", age: 42 })).toBe("Rosa is 42 years old.");
});
test("describes Tom, 19", () => {
  expect(describe({ name: "Tom", age: 19 })).toBe("Tom is 19 years old.");
});
