test("makeDiscount(10) gives back a function", () => {
  expect(typeof makeDiscount(10)).toBe("function");
});
test("makeDiscount(10) takes 20 off a price of 200, giving 180", () => {
  const tenOff = makeDiscount(10);
  expect(tenOff(200)).toBe(180);
});
test("the same discount works on any price: 10 percent off 50 is 45", () => {
  const tenOff = makeDiscount(10);
  expect(tenOff(50)).toBe(45);
});
test("makeDiscount(50) halves a price: 30 becomes 15", () => {
  expect(makeDiscount(50)(30)).toBe(15);
});
test("makeDiscount(0) leaves a price of 45 as it is", () => {
  expect(makeDiscount(0)(45)).toBe(45);
});
test("makeDiscount(100) makes a price of 80 free: 0", () => {
  expect(makeDiscount(100)(80)).toBe(0);
});
test("two discounts each remember their own percent", () => {
  const quarterOff = makeDiscount(25);
  const halfOff = makeDiscount(50);
  expect(quarterOff(40)).toBe(30);
  expect(halfOff(40)).toBe(20);
});
