test("the total adds up every price: 1.20 + 0.85 + 2.10 + 1.95 makes 6.10", () => {
  expect(Number(text("#total"))).toBeCloseTo(6.1);
});
test("the total is written with two decimal places, as money is: 6.10", () => {
  expect(text("#total")).toBe("6.10");
});
test("each price is still shown as it was", () => {
  expect(texts(".price")).toEqual(["1.20", "0.85", "2.10", "1.95"]);
});
test("your script runs without an error", () => {
  expect(page.errors()).toEqual([]);
});
