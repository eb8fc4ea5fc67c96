// Three dots typed as one sign (…) count the same as three full stops.
const dots = (s) => s.replace(/…/g, "...");

test('clicking Send says "Sending..." straight away', async () => {
  await click("#send");
  expect(dots(text("#status"))).toBe("Sending...");
});
test('1 second after the click, it still says "Sending..."', async () => {
  await click("#send");
  await clock.tick(1000);
  expect(dots(text("#status"))).toBe("Sending...");
});
test('1.5 seconds after the click, it says "Sent!"', async () => {
  await click("#send");
  await clock.tick(1499);
  expect(dots(text("#status"))).toBe("Sending...");
  await clock.tick(1);
  expect(text("#status")).toBe("Sent!");
});
test("wait(3000) works: the tip appears 3 seconds after the page opens, not before", async () => {
  await clock.tick(2999);
  expect(text("#tip")).toBe("");
  await clock.tick(1);
  expect(text("#tip")).toBe("Tip: the library reads messages every morning.");
});
test("your script runs without an error", async () => {
  await click("#send");
  await clock.tick(3000);
  expect(page.errors()).toEqual([]);
});
