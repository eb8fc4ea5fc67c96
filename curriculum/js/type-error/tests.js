test("shout('hi') is 'HI!'", () => {
  expect(shout("hi")).toBe("HI!");
});
test("shout('stop now') is 'STOP NOW!'", () => {
  expect(shout("stop now")).toBe("STOP NOW!");
});
test("cityOf Jo, who lives in Leeds, is 'Leeds'", () => {
  expect(cityOf({ name: "Jo", address: { city: "Leeds" } })).toBe("Leeds");
});
test("cityOf Sam, who lives at 4 Mill Lane in Cardiff, is 'Cardiff'", () => {
  expect(cityOf({ name: "Sam", address: { street: "4 Mill Lane", city: "Cardiff" } })).toBe("Cardiff");
});
test("shout works for any text", () => {
  expect(shout("go")).toBe("GO!");
  expect(shout("Fire exit")).toBe("FIRE EXIT!");
});
test("cityOf finds the city wherever it is in the address", () => {
  expect(cityOf({ name: "Ravi", address: { city: "York", zip: "YO1" } })).toBe("York");
});
