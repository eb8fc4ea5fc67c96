test("message is the text 'Hello, world!'", () => {
  expect(message).toBe("Hello, world!");
});
test("message is a string", () => {
  expect(typeof message).toBe("string");
});
