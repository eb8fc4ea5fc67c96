test("weeksToSave(100, 25) is 4", () => {
  expect(weeksToSave(100, 25)).toBe(4);
});
test("weeksToSave(100, 30) is 4, because 3 weeks only gives 90", () => {
  expect(weeksToSave(100, 30)).toBe(4);
});
test("weeksToSave(10, 20) is 1", () => {
  expect(weeksToSave(10, 20)).toBe(1);
});
test("weeksToSave(60, 7) is 9", () => {
  expect(weeksToSave(60, 7)).toBe(9);
});
test("weeksToSave(0, 5) is 0: there is nothing to save", () => {
  expect(weeksToSave(0, 5)).toBe(0);
});
test("weeksToSave works for other goals too", () => {
  expect(`weeksToSave(50, 10) is ${weeksToSave(50, 10)}`).toBe("weeksToSave(50, 10) is 5");
  expect(`weeksToSave(99, 33) is ${weeksToSave(99, 33)}`).toBe("weeksToSave(99, 33) is 3");
  expect(`weeksToSave(250, 60) is ${weeksToSave(250, 60)}`).toBe("weeksToSave(250, 60) is 5");
  expect(`weeksToSave(1, 1) is ${weeksToSave(1, 1)}`).toBe("weeksToSave(1, 1) is 1");
});
