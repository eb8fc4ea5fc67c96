test("when all is well, the visiting times are listed and there is no error message", async () => {
  await settle();
  expect(texts("#visits li")).toEqual(["Saturday, 2pm to 4pm", "Sunday, 10am to 12 noon"]);
  expect(text("#message")).toBe("");
});
test('when the server answers with error 500, the page says "Sorry, the server had a problem (error 500)."', async () => {
  api.get("/api/visits", { status: 500, json: { error: "the database is down" } });
  await page.reload();
  await settle();
  expect(text("#message")).toBe("Sorry, the server had a problem (error 500).");
  expect(texts("#visits li")).toEqual([]);
});
test('the error number is the one the server sent: a 404 shows "(error 404)"', async () => {
  api.get("/api/visits", { status: 404, json: { error: "not found" } });
  await page.reload();
  await settle();
  expect(text("#message")).toBe("Sorry, the server had a problem (error 404).");
});
test('when there is no answer at all, the page says "Sorry, the server could not be reached."', async () => {
  api.get("/api/visits", { error: "network" });
  await page.reload();
  await settle();
  expect(text("#message")).toBe("Sorry, the server could not be reached.");
  expect(texts("#visits li")).toEqual([]);
});
