test("pageSize(50) is 50: a real setting is kept", () => {
  expect(pageSize(50)).toBe(50);
});
test("pageSize(25) is 25", () => {
  expect(pageSize(25)).toBe(25);
});
test("pageSize(undefined) is 10", () => {
  expect(pageSize(undefined)).toBe(10);
});
test("pageSize(null) is 10", () => {
  expect(pageSize(null)).toBe(10);
});
test("pageSize() with nothing passed is 10", () => {
  expect(pageSize()).toBe(10);
});
test("pageSize(0) is 0: zero is a real setting", () => {
  expect(pageSize(0)).toBe(0);
});
test("displayName('Sunny', 'Sun Li') is 'Sunny'", () => {
  expect(displayName("Sunny", "Sun Li")).toBe("Sunny");
});
test("displayName(null, 'Sun Li') is 'Sun Li'", () => {
  expect(displayName(null, "Sun Li")).toBe("Sun Li");
});
test("displayName(undefined, 'Ada Obi') is 'Ada Obi'", () => {
  expect(displayName(undefined, "Ada Obi")).toBe("Ada Obi");
});
test("displayName('Red', 'Ada Obi') is 'Red'", () => {
  expect(displayName("Red", "Ada Obi")).toBe("Red");
});
test("pageSize keeps other settings too", () => {
  expect(`pageSize(5) is ${pageSize(5)}`).toBe("pageSize(5) is 5");
  expect(`pageSize(1) is ${pageSize(1)}`).toBe("pageSize(1) is 1");
  expect(`pageSize(100) is ${pageSize(100)}`).toBe("pageSize(100) is 100");
});
test("displayName works for other people too", () => {
  expect(displayName("Ace", "Kim Park")).toBe("Ace");
  expect(displayName(null, "Kim Park")).toBe("Kim Park");
});
