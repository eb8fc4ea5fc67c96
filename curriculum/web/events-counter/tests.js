test("the count starts at 0", () => {
  expect(text("#count")).toBe("0");
});
test("three clicks on +1 make it 3", async () => {
  await click("#plus");
  await click("#plus");
  await click("#plus");
  expect(text("#count")).toBe("3");
});
test("+1 three times, then -1 once, makes 2", async () => {
  await click("#plus");
  await click("#plus");
  await click("#plus");
  await click("#minus");
  expect(text("#count")).toBe("2");
});
test("-1 never goes below 0: with nobody in the gym it stays at 0", async () => {
  await click("#minus");
  expect(text("#count")).toBe("0");
  await click("#plus");
  await click("#minus");
  await click("#minus");
  expect(text("#count")).toBe("0");
});
test("after -1 at 0, one click on +1 makes 1: the count itself never went below 0", async () => {
  await click("#minus");
  await click("#minus");
  await click("#plus");
  expect(text("#count")).toBe("1");
});
test("Reset goes back to 0, and counting starts again from there", async () => {
  await click("#plus");
  await click("#plus");
  await click("#reset");
  expect(text("#count")).toBe("0");
  await click("#plus");
  expect(text("#count")).toBe("1");
});
