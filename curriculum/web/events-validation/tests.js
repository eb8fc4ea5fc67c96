async function join(name, email) {
  await fill("#name", name);
  await fill("#email", email);
  await click("button");
}

test("an empty name, or one of only spaces, shows: Please write your name. And nobody is added", async () => {
  await join("", "ana@mail.com");
  expect(text("#error")).toBe("Please write your name.");
  await join("   ", "ana@mail.com");
  expect(text("#error")).toBe("Please write your name.");
  expect(texts("#members li")).toEqual([]);
});
test("a one-letter name shows: A name needs at least 2 letters. And nobody is added", async () => {
  await join("A", "ana@mail.com");
  expect(text("#error")).toBe("A name needs at least 2 letters.");
  expect(texts("#members li")).toEqual([]);
});
test("an email with no @ shows: An email address needs an @ in it. And nobody is added", async () => {
  await join("Ana", "ana.mail.com");
  expect(text("#error")).toBe("An email address needs an @ in it.");
  expect(texts("#members li")).toEqual([]);
});
test("a good name and email go on the list as Ana (ana@mail.com), with no message", async () => {
  await join("Ana", "ana@mail.com");
  expect(texts("#members li")).toEqual(["Ana (ana@mail.com)"]);
  expect(text("#error")).toBe("");
});
test("a name of exactly 2 letters, like Jo, is long enough", async () => {
  await join("Jo", "jo@mail.com");
  expect(text("#error")).toBe("");
  expect(texts("#members li")).toEqual(["Jo (jo@mail.com)"]);
});
test("after a mistake is put right, the message goes away and the member is added", async () => {
  await join("Sam", "sam");
  expect(text("#error")).toBe("An email address needs an @ in it.");
  await join("Sam", "sam@mail.com");
  expect(text("#error")).toBe("");
  expect(texts("#members li")).toEqual(["Sam (sam@mail.com)"]);
});
