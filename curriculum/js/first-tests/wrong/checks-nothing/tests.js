// calls isAdult in each test but never uses expect, so nothing is checked
test("isAdult(30) is true", () => {
  isAdult(30);
});
test("isAdult(8) is false", () => {
  isAdult(8);
});
test("isAdult(18) is true", () => {
  isAdult(18);
});
test("isAdult(17) is false", () => {
  isAdult(17);
});
