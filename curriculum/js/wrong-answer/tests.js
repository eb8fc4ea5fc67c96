test("isFree(0) is true", () => {
  expect(isFree(0)).toBe(true);
});
test("isFree(3) is false", () => {
  expect(isFree(3)).toBe(false);
});
test("isFree(0.5) is false: a small price is still a price", () => {
  expect(isFree(0.5)).toBe(false);
});
test("addTip(20, '5') is the number 25", () => {
  expect(addTip(20, "5")).toBe(25);
});
test("addTip(12, '2.5') is 14.5", () => {
  expect(addTip(12, "2.5")).toBe(14.5);
});
test("addTip(30, '0') is 30", () => {
  expect(addTip(30, "0")).toBe(30);
});
test("addTip(8, '12') is 20", () => {
  expect(addTip(8, "12")).toBe(20);
});
test("addTip works for other bills and tips too", () => {
  expect(`addTip(10, "1.25") is ${addTip(10, "1.25")}`).toBe('addTip(10, "1.25") is 11.25');
  expect(`addTip(45, "7") is ${addTip(45, "7")}`).toBe('addTip(45, "7") is 52');
  expect(typeof addTip(45, "7")).toBe("number");
});
