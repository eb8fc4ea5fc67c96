test("greet('Ana') gives 'Hello, Ana!'", () => {
  expect(greet("Ana")).toBe("Hello, Ana!");
});
test("greet('Marcus') gives 'Hello, Marcus!'", () => {
  expect(greet("Marcus")).toBe("Hello, Marcus!");
});
test("greet gives back text with return, not only console.log", () => {
  expect(typeof greet("Lee")).toBe("string");
});
test("greet works for any name, short or long", () => {
  expect(greet("Jo")).toBe("Hello, Jo!");
  expect(greet("Christopher")).toBe("Hello, Christopher!");
  expect(greet("Mei Lin")).toBe("Hello, Mei Lin!");
});
