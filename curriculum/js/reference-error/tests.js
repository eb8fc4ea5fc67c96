test("weeklyPay(40, 12) is 500: 480 plus the bonus of 20", () => {
  expect(weeklyPay(40, 12)).toBe(500);
});
test("weeklyPay(10, 10) is 120", () => {
  expect(weeklyPay(10, 10)).toBe(120);
});
test("weeklyPay(37.5, 12) is 470", () => {
  expect(weeklyPay(37.5, 12)).toBe(470);
});
test("weeklyPay(0, 15) is 20: no hours, but still the bonus", () => {
  expect(weeklyPay(0, 15)).toBe(20);
});
test("weeklyPay uses the hours and the rate it is given", () => {
  expect(`weeklyPay(20, 8) is ${weeklyPay(20, 8)}`).toBe("weeklyPay(20, 8) is 180");
  expect(`weeklyPay(1, 1) is ${weeklyPay(1, 1)}`).toBe("weeklyPay(1, 1) is 21");
});
