test("weeklyHours is 40", () => {
  expect(weeklyHours).toBe(40);
});
test("weeklyHours is a number, not text in quotes", () => {
  expect(typeof weeklyHours).toBe("number");
});
test("monthlyHours is 160 (40 times 4)", () => {
  expect(monthlyHours).toBe(160);
});
test("weeklyPay is 500 (40 times 12.5)", () => {
  expect(weeklyPay).toBe(500);
});
test("spareHours is 4: twelve 8-hour days make 96, and 4 hours are left", () => {
  expect(spareHours).toBe(4);
});
