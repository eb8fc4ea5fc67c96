test("95 is an A", () => {
  expect(letterGrade(95)).toBe("A");
});
test("exactly 90 is still an A", () => {
  expect(letterGrade(90)).toBe("A");
});
test("100 is an A", () => {
  expect(letterGrade(100)).toBe("A");
});
test("89 is a B", () => {
  expect(letterGrade(89)).toBe("B");
});
test("80 is a B", () => {
  expect(letterGrade(80)).toBe("B");
});
test("72 is a C", () => {
  expect(letterGrade(72)).toBe("C");
});
test("exactly 70 is still a C", () => {
  expect(letterGrade(70)).toBe("C");
});
test("79 is a C", () => {
  expect(letterGrade(79)).toBe("C");
});
test("69 is an F", () => {
  expect(letterGrade(69)).toBe("F");
});
test("50 is an F", () => {
  expect(letterGrade(50)).toBe("F");
});
test("0 is an F", () => {
  expect(letterGrade(0)).toBe("F");
});
test("letterGrade is right for every whole score from 0 to 100", () => {
  for (let score = 0; score <= 100; score = score + 1) {
    let grade = "F";
    if (score >= 70) grade = "C";
    if (score >= 80) grade = "B";
    if (score >= 90) grade = "A";
    expect(`letterGrade(${score}) is ${letterGrade(score)}`).toBe(`letterGrade(${score}) is ${grade}`);
  }
});
