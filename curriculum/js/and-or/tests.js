test("canEnter(18, true) is true: exactly 18 with a ticket may enter", () => {
  expect(canEnter(18, true)).toBe(true);
});
test("canEnter(45, true) is true", () => {
  expect(canEnter(45, true)).toBe(true);
});
test("canEnter(17, true) is false: a ticket is not enough under 18", () => {
  expect(canEnter(17, true)).toBe(false);
});
test("canEnter(30, false) is false: being old enough is not enough without a ticket", () => {
  expect(canEnter(30, false)).toBe(false);
});
test("canEnter(12, false) is false", () => {
  expect(canEnter(12, false)).toBe(false);
});
test("isWeekend('Saturday') is true", () => {
  expect(isWeekend("Saturday")).toBe(true);
});
test("isWeekend('Sunday') is true", () => {
  expect(isWeekend("Sunday")).toBe(true);
});
test("isWeekend('Monday') is false", () => {
  expect(isWeekend("Monday")).toBe(false);
});
test("isWeekend('Friday') is false", () => {
  expect(isWeekend("Friday")).toBe(false);
});
test("canEnter works for other ages too", () => {
  expect(`canEnter(21, true) is ${canEnter(21, true)}`).toBe("canEnter(21, true) is true");
  expect(`canEnter(70, true) is ${canEnter(70, true)}`).toBe("canEnter(70, true) is true");
  expect(`canEnter(16, true) is ${canEnter(16, true)}`).toBe("canEnter(16, true) is false");
  expect(`canEnter(70, false) is ${canEnter(70, false)}`).toBe("canEnter(70, false) is false");
});
test("isWeekend is false for every day from Monday to Friday", () => {
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]) {
    expect(`isWeekend("${day}") is ${isWeekend(day)}`).toBe(`isWeekend("${day}") is false`);
  }
});
