test("before any typing, it says 40 characters left", () => {
  expect(text("#left")).toBe("40 characters left");
});
test("typing Hi makes it say 38 characters left", async () => {
  await type("#message", "Hi");
  expect(text("#left")).toBe("38 characters left");
});
test("the count changes with every key, not only at the end", async () => {
  await type("#message", "H");
  expect(text("#left")).toBe("39 characters left");
  await type("#message", "i Mum");
  expect(text("#left")).toBe("34 characters left");
});
test("the preview shows the message as it is typed", async () => {
  await type("#message", "See you");
  expect(text("#preview")).toBe("See you");
  await type("#message", " at 2");
  expect(text("#preview")).toBe("See you at 2");
});
test("deleting the message brings back 40 characters left and an empty preview", async () => {
  await type("#message", "Hello");
  await clear("#message");
  expect(text("#left")).toBe("40 characters left");
  expect(text("#preview")).toBe("");
});
