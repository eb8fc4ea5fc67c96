test("isEven(10) is true", () => {
  expect(isEven(10)).toBe(true);
});
test("isEven(7) is false", () => {
  expect(isEven(7)).toBe(false);
});
test("isEven(0) is true: 0 is even", () => {
  expect(isEven(0)).toBe(true);
});
test("isEven(1) is false", () => {
  expect(isEven(1)).toBe(false);
});
test("isEven(-4) is true: negative numbers can be even", () => {
  expect(isEven(-4)).toBe(true);
});
test("isEven(-3) is false: -3 % 2 is -1, not 0", () => {
  expect(isEven(-3)).toBe(false);
});
test("isCleaningDay(3) is true: the first cleaning day", () => {
  expect(isCleaningDay(3)).toBe(true);
});
test("isCleaningDay(6) is true", () => {
  expect(isCleaningDay(6)).toBe(true);
});
test("isCleaningDay(30) is true: every third day, however far on", () => {
  expect(isCleaningDay(30)).toBe(true);
});
test("isCleaningDay(1) is false", () => {
  expect(isCleaningDay(1)).toBe(false);
});
test("isCleaningDay(2) is false", () => {
  expect(isCleaningDay(2)).toBe(false);
});
test("isCleaningDay(7) is false: 7 % 3 leaves 1", () => {
  expect(isCleaningDay(7)).toBe(false);
});
test("isCleaningDay(31) is false", () => {
  expect(isCleaningDay(31)).toBe(false);
});
test("isEven works for other numbers too", () => {
  expect(`isEven(2) is ${isEven(2)}`).toBe("isEven(2) is true");
  expect(`isEven(48) is ${isEven(48)}`).toBe("isEven(48) is true");
  expect(`isEven(15) is ${isEven(15)}`).toBe("isEven(15) is false");
  expect(`isEven(99) is ${isEven(99)}`).toBe("isEven(99) is false");
});
test("isCleaningDay is right for every day from 1 to 40", () => {
  for (let day = 1; day <= 40; day = day + 1) {
    const cleaning = day % 3 === 0;
    expect(`isCleaningDay(${day}) is ${isCleaningDay(day)}`).toBe(`isCleaningDay(${day}) is ${cleaning}`);
  }
});
