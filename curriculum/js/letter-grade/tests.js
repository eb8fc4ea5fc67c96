test("95 is an A", () => {
  expect(letterGrade(95)).toBe("A");
});
test("80 is a B", () => {
  expect(letterGrade(80)).toBe("B");
});
test("72 is a C", () => {
  expect(letterGrade(72)).toBe("C");
});
test("50 is an F", () => {
  expect(letterGrade(50)).toBe("F");
});
