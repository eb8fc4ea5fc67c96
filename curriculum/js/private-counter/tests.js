test("makeCounter() gives back a function", () => {
  expect(typeof makeCounter()).toBe("function");
});
test("the first call of a new counter gives 1", () => {
  const next = makeCounter();
  expect(next()).toBe(1);
});
test("calling the same counter three times gives 1, then 2, then 3", () => {
  const next = makeCounter();
  expect(next()).toBe(1);
  expect(next()).toBe(2);
  expect(next()).toBe(3);
});
test("two counters count separately", () => {
  const a = makeCounter();
  const b = makeCounter();
  a();
  a();
  a();
  expect(b()).toBe(1);
  expect(a()).toBe(4);
  expect(b()).toBe(2);
});
test("a new counter starts from 1, even after another counter has counted", () => {
  const first = makeCounter();
  for (let i = 0; i < 5; i = i + 1) {
    first();
  }
  const second = makeCounter();
  expect(second()).toBe(1);
});
