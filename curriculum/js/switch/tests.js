test("an adult ticket costs 12", () => {
  expect(ticketPrice("adult")).toBe(12);
});
test("a child ticket costs 6", () => {
  expect(ticketPrice("child")).toBe(6);
});
test("a senior ticket costs 6", () => {
  expect(ticketPrice("senior")).toBe(6);
});
test("a carer ticket is free: 0", () => {
  expect(ticketPrice("carer")).toBe(0);
});
test("'student' is not a ticket, so it gives -1", () => {
  expect(ticketPrice("student")).toBe(-1);
});
test("an empty word gives -1", () => {
  expect(ticketPrice("")).toBe(-1);
});
test("'Adult' with a capital A gives -1: cases must match exactly", () => {
  expect(ticketPrice("Adult")).toBe(-1);
});
