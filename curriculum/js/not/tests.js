test("canBorrow(false, 0) is true: no late books and nothing out", () => {
  expect(canBorrow(false, 0)).toBe(true);
});
test("canBorrow(false, 4) is true: 4 is still fewer than 5", () => {
  expect(canBorrow(false, 4)).toBe(true);
});
test("canBorrow(false, 5) is false: 5 books out is the limit", () => {
  expect(canBorrow(false, 5)).toBe(false);
});
test("canBorrow(true, 0) is false: late books stop borrowing", () => {
  expect(canBorrow(true, 0)).toBe(false);
});
test("canBorrow(true, 7) is false", () => {
  expect(canBorrow(true, 7)).toBe(false);
});
test("isQuietTime(6) is true: 6 is before the noisy hours start", () => {
  expect(isQuietTime(6)).toBe(true);
});
test("isQuietTime(0) is true: midnight is quiet", () => {
  expect(isQuietTime(0)).toBe(true);
});
test("isQuietTime(7) is false: noise is allowed from 7", () => {
  expect(isQuietTime(7)).toBe(false);
});
test("isQuietTime(13) is false", () => {
  expect(isQuietTime(13)).toBe(false);
});
test("isQuietTime(21) is false: 21 is the last noisy hour", () => {
  expect(isQuietTime(21)).toBe(false);
});
test("isQuietTime(22) is true: quiet time starts at 22", () => {
  expect(isQuietTime(22)).toBe(true);
});
test("isQuietTime(23) is true", () => {
  expect(isQuietTime(23)).toBe(true);
});
test("canBorrow works for other numbers of books too", () => {
  expect(`canBorrow(false, 1) is ${canBorrow(false, 1)}`).toBe("canBorrow(false, 1) is true");
  expect(`canBorrow(false, 3) is ${canBorrow(false, 3)}`).toBe("canBorrow(false, 3) is true");
  expect(`canBorrow(false, 6) is ${canBorrow(false, 6)}`).toBe("canBorrow(false, 6) is false");
  expect(`canBorrow(true, 3) is ${canBorrow(true, 3)}`).toBe("canBorrow(true, 3) is false");
});
test("isQuietTime is right for every hour from 0 to 23", () => {
  for (let hour = 0; hour <= 23; hour = hour + 1) {
    const quiet = hour < 7 || hour >= 22;
    expect(`isQuietTime(${hour}) is ${isQuietTime(hour)}`).toBe(`isQuietTime(${hour}) is ${quiet}`);
  }
});
