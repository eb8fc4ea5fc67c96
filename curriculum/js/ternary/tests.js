test("itemLabel(1) is '1 item'", () => {
  expect(itemLabel(1)).toBe("1 item");
});
test("itemLabel(3) is '3 items'", () => {
  expect(itemLabel(3)).toBe("3 items");
});
test("itemLabel(2) is '2 items'", () => {
  expect(itemLabel(2)).toBe("2 items");
});
test("itemLabel(0) is '0 items': zero takes the s too", () => {
  expect(itemLabel(0)).toBe("0 items");
});
test("itemLabel(25) is '25 items'", () => {
  expect(itemLabel(25)).toBe("25 items");
});
test("higher(4, 9) is 9: the second number is bigger", () => {
  expect(higher(4, 9)).toBe(9);
});
test("higher(9, 4) is 9: the first number is bigger", () => {
  expect(higher(9, 4)).toBe(9);
});
test("higher(-2, -5) is -2", () => {
  expect(higher(-2, -5)).toBe(-2);
});
test("higher(7, 7) is 7", () => {
  expect(higher(7, 7)).toBe(7);
});
test("higher works for other pairs too", () => {
  expect(`higher(1, 100) is ${higher(1, 100)}`).toBe("higher(1, 100) is 100");
  expect(`higher(-3, 0) is ${higher(-3, 0)}`).toBe("higher(-3, 0) is 0");
  expect(`higher(50, 2) is ${higher(50, 2)}`).toBe("higher(50, 2) is 50");
});
test("itemLabel works for other counts too", () => {
  expect(itemLabel(7)).toBe("7 items");
  expect(itemLabel(100)).toBe("100 items");
});
