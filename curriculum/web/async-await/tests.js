// Three dots typed as one sign (…) count the same as three full stops.
const dots = (s) => s.replace(/…/g, "...");

test('clicking Make tea says "Boiling the water..." straight away', async () => {
  await click("#start");
  expect(dots(text("#step"))).toBe("Boiling the water...");
});
test('2 seconds after the click, it says "Brewing the tea..."', async () => {
  await click("#start");
  await clock.tick(1999);
  expect(dots(text("#step"))).toBe("Boiling the water...");
  await clock.tick(1);
  expect(dots(text("#step"))).toBe("Brewing the tea...");
});
test('3 seconds after that, at 5 seconds in all, it says "Your tea is ready!"', async () => {
  await click("#start");
  await clock.tick(4999);
  expect(dots(text("#step"))).toBe("Brewing the tea...");
  await clock.tick(1);
  expect(text("#step")).toBe("Your tea is ready!");
});
test('the tea stays ready: 10 seconds after the click it still says "Your tea is ready!"', async () => {
  await click("#start");
  await clock.tick(10000);
  expect(text("#step")).toBe("Your tea is ready!");
});
test("your script runs without an error", async () => {
  await click("#start");
  await clock.tick(6000);
  expect(page.errors()).toEqual([]);
});
