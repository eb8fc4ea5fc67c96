test("95 is an A", () => {
  expect(letterGrade(95)).toBe("A");
});
test("exactly 90 is still an A", () => {
  expect(letterGrade(90)).toBe("A");
});
test("80 is a B", () => {
  expect(letterGrade(80)).toBe("B");
});
test("72 is a C", () => {
  expect(letterGrade(72)).toBe("C");
});
test("69 is an F", () => {
  expect(letterGrade(69)).toBe("F");
});
test("50 is an F", () => {
  expect(letterGrade(50)).toBe("F");
});
