test("weeklyHours is 40", () => {
  expect(weeklyHours).toBe(40);
});
test("monthlyHours is 160", () => {
  expect(monthlyHours).toBe(160);
});
test("weeklyPay is 500", () => {
  expect(weeklyPay).toBe(500);
});
test("weeklyHours is a number, not text in quotes", () => {
  expect(typeof weeklyHours).toBe("number");
});
