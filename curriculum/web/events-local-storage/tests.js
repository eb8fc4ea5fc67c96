// What is saved under "questions", read back from JSON.
function saved() {
  const text = page.storage.get("questions");
  if (text === null) return "nothing saved";
  try {
    return JSON.parse(text);
  } catch (e) {
    return "not JSON: " + text;
  }
}
async function ask(question) {
  await fill("#question", question);
  await click("#ask button");
}

test("adding a question saves the list under the name questions, as JSON", async () => {
  await ask("When is the next visit?");
  expect(saved()).toEqual(["When is the next visit?"]);
});
test("questions saved before are on the list when the page opens", async () => {
  page.storage.set("questions", JSON.stringify(["Can I see a nurse?", "When is pay day?"]));
  await page.reload();
  expect(texts("#questions li")).toEqual(["Can I see a nurse?", "When is pay day?"]);
});
test("questions you add are still there after the page opens again", async () => {
  await ask("Can I change jobs?");
  await ask("Where is the form?");
  await page.reload();
  expect(texts("#questions li")).toEqual(["Can I change jobs?", "Where is the form?"]);
});
test("a new question is saved with the ones saved before, not instead of them", async () => {
  page.storage.set("questions", JSON.stringify(["Can I see a nurse?", "When is pay day?"]));
  await page.reload();
  await ask("Who do I ask about classes?");
  expect(saved()).toEqual(["Can I see a nurse?", "When is pay day?", "Who do I ask about classes?"]);
  expect(texts("#questions li")).toEqual(["Can I see a nurse?", "When is pay day?", "Who do I ask about classes?"]);
});
test("with nothing saved yet, the page opens with an empty list and no error", async () => {
  expect(texts("#questions li")).toEqual([]);
  expect(page.errors()).toEqual([]);
  await ask("Is there a library?");
  expect(texts("#questions li")).toEqual(["Is there a library?"]);
});
