test("greet('Ana') gives 'Hello, Ana!'", () => {
  expect(greet("Ana")).toBe("Hello, Ana!");
});
test("greet('Marcus') gives 'Hello, Marcus!'", () => {
  expect(greet("Marcus")).toBe("Hello, Marcus!");
});
test("greet returns a value instead of only printing it", () => {
  expect(greet("x")).toBeDefined();
});
