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
test("myName holds a name, not only spaces", () => {
  expect(typeof myName).toBe("string");
  expect(myName.trim().length).toBeGreaterThan(0);
});
