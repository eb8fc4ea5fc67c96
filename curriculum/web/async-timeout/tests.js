test("right after the click, there is no answer yet", async () => {
  await click("#reveal");
  expect(text("#answer")).toBe("");
});
test("1.9 seconds after the click, there is still no answer", async () => {
  await click("#reveal");
  await clock.tick(1900);
  expect(text("#answer")).toBe("");
});
test('2 seconds after the click, the page says "The answer is 56."', async () => {
  await click("#reveal");
  await clock.tick(2000);
  expect(text("#answer")).toBe("The answer is 56.");
});
test("the 2 seconds start at the click, not when the page opens", async () => {
  await clock.tick(3000);
  expect(text("#answer")).toBe("");
  await click("#reveal");
  await clock.tick(1000);
  expect(text("#answer")).toBe("");
  await clock.tick(1000);
  expect(text("#answer")).toBe("The answer is 56.");
});
