test("shout('hi') is 'HI!'", () => {
  expect(shout("hi")).toBe("HI!");
});
test("shout('Watch out') is 'WATCH OUT!'", () => {
  expect(shout("Watch out")).toBe("WATCH OUT!");
});
test("shout('OK') is 'OK!': capitals stay capitals", () => {
  expect(shout("OK")).toBe("OK!");
});
test("initials('Ada Lovelace') is 'AL'", () => {
  expect(initials("Ada Lovelace")).toBe("AL");
});
test("initials('Marcus Garvey') is 'MG'", () => {
  expect(initials("Marcus Garvey")).toBe("MG");
});
test("initials uses the last name when there is a middle name", () => {
  expect(initials("Grace Brewster Hopper")).toBe("GH");
});
test("initials('Rosa Louise McCauley Parks') is 'RP': it skips two middle names", () => {
  expect(initials("Rosa Louise McCauley Parks")).toBe("RP");
});
test("shout works for any text", () => {
  expect(shout("no way")).toBe("NO WAY!");
  expect(shout("Help")).toBe("HELP!");
});
test("initials works for other names too, even with a capital inside the last name", () => {
  expect(initials("Ronald McDonald")).toBe("RM");
  expect(initials("Nina Simone")).toBe("NS");
});
