test("new Temperature(100).fahrenheit is 212", () => {
  expect(new Temperature(100).fahrenheit).toBe(212);
});
test("new Temperature(0).fahrenheit is 32", () => {
  expect(new Temperature(0).fahrenheit).toBe(32);
});
test("new Temperature(-40).fahrenheit is -40", () => {
  expect(new Temperature(-40).fahrenheit).toBe(-40);
});
test("new Temperature(37).fahrenheit is about 98.6", () => {
  expect(new Temperature(37).fahrenheit).toBeCloseTo(98.6);
});
test("fahrenheit is read without brackets, like a property, and is a number", () => {
  expect(typeof new Temperature(20).fahrenheit).toBe("number");
});
test("new Temperature(25) keeps celsius as 25", () => {
  expect(new Temperature(25).celsius).toBe(25);
});
test("fahrenheit follows when celsius changes: 0 gives 32, then 100 gives 212", () => {
  const t = new Temperature(0);
  expect(t.fahrenheit).toBe(32);
  t.celsius = 100;
  expect(t.fahrenheit).toBe(212);
});
