test("capitals('hi') is 'HI'", () => {
  expect(capitals("hi")).toBe("HI");
});
test("capitals('Watch out') is 'WATCH OUT': the space stays", () => {
  expect(capitals("Watch out")).toBe("WATCH OUT");
});
test("capitals('OK') is 'OK': capitals stay capitals", () => {
  expect(capitals("OK")).toBe("OK");
});
test("capitals('Room 12b') is 'ROOM 12B': digits stay as they were", () => {
  expect(capitals("Room 12b")).toBe("ROOM 12B");
});
test("capitals('') is '': empty text stays empty", () => {
  expect(capitals("")).toBe("");
});
test("capitals works for any text", () => {
  expect(capitals("no way")).toBe("NO WAY");
  expect(capitals("mIxEd")).toBe("MIXED");
});
