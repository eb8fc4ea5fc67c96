test("weeklyHours is 40", () => {
  expect(weeklyHours).toBe(40);
});
test("monthlyHours is 160", () => {
  expect(monthlyHours).toBe(160);
});
