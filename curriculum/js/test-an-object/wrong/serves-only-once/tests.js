// calls next() only once per queue and never checks the length afterwards, so a next() that leaves people in the line slips through
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
test("next() serves Ana first", () => {
  const q = new Queue();
  q.join("Ana");
  q.join("Ben");
  expect(q.next()).toBe("Ana");
});
test("next() on an empty queue gives null", () => {
  const q = new Queue();
  expect(q.next()).toBe(null);
});
