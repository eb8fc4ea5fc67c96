test("describe({ name: 'Rosa', age: 42 }) gives 'Rosa is 42 years old.'", () => {
  expect(describe({ name: "Rosa", age: 42 })).toBe("Rosa is 42 years old.");
});
test("describe({ name: 'Tom', age: 19 }) gives 'Tom is 19 years old.'", () => {
  expect(describe({ name: "Tom", age: 19 })).toBe("Tom is 19 years old.");
});
test("describe({ name: 'Mei Lin', age: 67 }) gives 'Mei Lin is 67 years old.'", () => {
  expect(describe({ name: "Mei Lin", age: 67 })).toBe("Mei Lin is 67 years old.");
});
test("describe uses only the name and age, even when the person has more properties", () => {
  expect(describe({ name: "Sam", age: 30, city: "Leeds" })).toBe("Sam is 30 years old.");
});
test("describe reads the age from the person, not from the name", () => {
  expect(describe({ name: "Rosa", age: 25 })).toBe("Rosa is 25 years old.");
});
test("describe works for someone new", () => {
  expect(describe({ age: 8, name: "Kofi" })).toBe("Kofi is 8 years old.");
});
