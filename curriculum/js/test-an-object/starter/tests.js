test("a new queue is empty: its length is 0", () => {
  const q = new Queue();
  expect(q.length).toBe(0);
});

// Your tests here: set up a new queue, let people join, serve them, and check.
