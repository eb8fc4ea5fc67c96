test("before any click, the sign still says: The library is closed.", () => {
  expect(text("#sign")).toBe("The library is closed.");
});
test("clicking Open makes the sign say: The library is open.", async () => {
  await click("#open");
  expect(text("#sign")).toBe("The library is open.");
});
test("clicking Close after Open makes the sign say closed again", async () => {
  await click("#open");
  await click("#close");
  expect(text("#sign")).toBe("The library is closed.");
});
test("the buttons work every time: Open, Close, then Open leaves it open", async () => {
  await click("#open");
  await click("#close");
  await click("#open");
  expect(text("#sign")).toBe("The library is open.");
});
test("your script runs without an error", () => {
  expect(page.errors()).toEqual([]);
});
