test("Dune (20 days) and Beloved (31 days) are marked overdue", () => {
  expect({ Dune: hasClass("#loan-1", "overdue"), Beloved: hasClass("#loan-4", "overdue") }).toEqual({ Dune: true, Beloved: true });
});
test("Emma, out for exactly 14 days, is not overdue yet", () => {
  expect(hasClass("#loan-3", "overdue")).toBe(false);
});
test("Matilda's old overdue mark is taken off: it has been out for only 3 days", () => {
  expect(hasClass("#loan-2", "overdue")).toBe(false);
});
test("every loan keeps its class loan, so there are still 5 loans", () => {
  expect(count(".loan")).toBe(5);
});
// Which loans can be seen, by title: true means shown, false means hidden.
function shown() {
  return {
    Dune: visible("#loan-1"),
    Matilda: visible("#loan-2"),
    Emma: visible("#loan-3"),
    Beloved: visible("#loan-4"),
    Holes: visible("#loan-5"),
  };
}

test("clicking Show only overdue hides the loans that are not overdue, and only those", async () => {
  await click("#only-overdue");
  expect(shown()).toEqual({ Dune: true, Matilda: false, Emma: false, Beloved: true, Holes: false });
});
test("clicking it a second time shows every loan again", async () => {
  await click("#only-overdue");
  await click("#only-overdue");
  expect(shown()).toEqual({ Dune: true, Matilda: true, Emma: true, Beloved: true, Holes: true });
});
