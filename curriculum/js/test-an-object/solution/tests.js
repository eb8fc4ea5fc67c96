test("a new queue is empty: its length is 0", () => {
  const q = new Queue();
  expect(q.length).toBe(0);
});
test("after Ana and Ben join, the length is 2", () => {
  const q = new Queue();
  q.join("Ana");
  q.join("Ben");
  expect(q.length).toBe(2);
});
test("next() serves Ana first, because she joined before Ben", () => {
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
test("after one person is served, the length drops from 2 to 1", () => {
  const q = new Queue();
  q.join("Ana");
  q.join("Ben");
  q.next();
  expect(q.length).toBe(1);
});
test("next() on an empty queue gives null", () => {
  const q = new Queue();
  expect(q.next()).toBe(null);
});
