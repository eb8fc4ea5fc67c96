test("seatStatus('Rosa') is 'taken by Rosa'", () => {
  expect(seatStatus("Rosa")).toBe("taken by Rosa");
});
test("seatStatus('Dev') is 'taken by Dev'", () => {
  expect(seatStatus("Dev")).toBe("taken by Dev");
});
test("seatStatus(null) is 'empty': the seat was cleared on purpose", () => {
  expect(seatStatus(null)).toBe("empty");
});
test("seatStatus(undefined) is 'unknown': nothing was written down", () => {
  expect(seatStatus(undefined)).toBe("unknown");
});
test("seatStatus() with nothing passed is 'unknown'", () => {
  expect(seatStatus()).toBe("unknown");
});
test("seatStatus works for anyone's name", () => {
  expect(seatStatus("Kim")).toBe("taken by Kim");
  expect(seatStatus("Ana Lopez")).toBe("taken by Ana Lopez");
});
