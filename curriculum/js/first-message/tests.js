test("message is exactly 'Hello, world!'", () => {
  expect(message).toBe("Hello, world!");
});
test("message is a string", () => {
  expect(typeof message).toBe("string");
});
test("myName holds some text (it is not empty)", () => {
  expect(typeof myName).toBe("string");
  expect(myName.length).toBeGreaterThan(0);
});
